"""Hypothesis samples for the shape, reduction and pooling ops (ir/ops/shape.py, reduce.py,
pool.py).

SAMPLES_SHAPE: op name -> strategy of (list of float64 argument arrays, params dict);
tests/samples.py merges it into the table the contract and autodiff tests run over. Shapes and
parameters come from hypothesis; values from a drawn seed. Ops with ties (max, maxpool) get
distinct values spaced far apart (>= 0.15) so that central differences never straddle a tie; rsqrt
inputs and variances stay positive.
"""

from __future__ import annotations

import numpy as np
from hypothesis import assume
from hypothesis import strategies as st

from torchsmt.ir.errors import ShapeError
from torchsmt.ir.ops.pool import make_plan


def _values(draw, shape, kind="normal"):
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    n = int(np.prod(shape, dtype=np.int64))
    if kind == "distinct":
        v = (rng.permutation(n) - n / 2) * 0.25 + rng.uniform(-0.05, 0.05, n)
    elif kind == "positive":
        v = rng.uniform(0.2, 3.0, n)
    else:
        v = rng.normal(0.0, 1.5, n)
    return v.reshape(shape).astype(np.float64)


def _shape(draw, min_dims=1, max_dims=3, min_side=1, max_side=4):
    return tuple(draw(st.lists(st.integers(min_side, max_side), min_size=min_dims,
                               max_size=max_dims)))


def _axes(draw, nd, min_size=0):
    ax = draw(st.lists(st.integers(0, max(nd - 1, 0)), min_size=min_size, max_size=nd,
                       unique=True)) if nd else []
    return tuple(a - nd if draw(st.booleans()) else a for a in ax)  # some negative


@st.composite
def broadcast(draw):
    src = _shape(draw, 0, 3)
    dst = _shape(draw, 0, 2) + tuple(draw(st.integers(1, 3)) if d == 1 else d for d in src)
    return [_values(draw, src)], {"shape": dst}


@st.composite
def sum_to(draw):
    args, p = draw(broadcast())
    return [_values(draw, p["shape"])], {"shape": args[0].shape}


@st.composite
def reshape(draw):
    src = _shape(draw, 0, 4)
    flat = [d for d in src if d != 1]  # a permutation of the sides keeps the product
    dst = tuple(draw(st.permutations(flat))) if draw(st.booleans()) else (int(np.prod(src)),)
    if draw(st.booleans()):
        dst = dst + (1,)
    return [_values(draw, src)], {"shape": dst}


@st.composite
def flatten(draw):
    src = _shape(draw, 1, 4)
    nd = len(src)
    s = draw(st.integers(0, nd - 1))
    t = draw(st.integers(s, nd - 1))
    return [_values(draw, src)], {"start_dim": s - nd if draw(st.booleans()) else s,
                                  "end_dim": t - nd if draw(st.booleans()) else t}


@st.composite
def transpose(draw):
    src = _shape(draw, 0, 4)
    return [_values(draw, src)], {"perm": tuple(draw(st.permutations(range(len(src)))))}


@st.composite
def concat(draw):
    base = list(_shape(draw, 1, 3))
    a = draw(st.integers(0, len(base) - 1))
    args = []
    for _ in range(draw(st.integers(1, 3))):
        base[a] = draw(st.integers(1, 3))
        args.append(_values(draw, tuple(base)))
    return args, {"axis": a - len(base) if draw(st.booleans()) else a}


@st.composite
def slice_(draw):
    src = _shape(draw, 1, 3, 1, 6)
    nd = len(src)
    axes = _axes(draw, nd, 1)
    big = st.sampled_from([-(2**31), -9, 9, 2**31 - 1])
    starts, ends, steps = [], [], []
    for a in axes:
        d = src[a]
        steps.append(draw(st.sampled_from([1, 1, 2, 3, -1, -2])))
        starts.append(draw(st.integers(-d - 2, d + 2) | big))
        ends.append(draw(st.integers(-d - 2, d + 2) | big))
    p = {"starts": tuple(starts), "ends": tuple(ends), "axes": axes, "steps": tuple(steps)}
    if draw(st.booleans()) and all(s == 1 for s in steps) and axes == tuple(range(len(axes))):
        p = {"starts": tuple(starts), "ends": tuple(ends)}  # the defaults
    return [_values(draw, src)], p


@st.composite
def slice_transpose(draw):
    from torchsmt.ir.ops.shape import _slice_shape

    (x,), p = draw(slice_())
    full = {"axes": (), "steps": (), **p}
    out = _slice_shape((x.shape,), **full)
    return [_values(draw, out)], {**p, "shape": x.shape}


@st.composite
def pad(draw):
    src = _shape(draw, 1, 3)
    pads = [draw(st.integers(-min(d, 2) // 2 if d > 1 else 0, 2)) for d in src * 2]
    value = draw(st.sampled_from([0.0, 0.0, 1.5, -2.0]))
    return [_values(draw, src)], {"pads": tuple(pads), "value": value}


def _reduce(kind):
    @st.composite
    def strat(draw):
        src = _shape(draw, 0, 4)
        axes = _axes(draw, len(src), 1 if kind == "distinct" and src else 0)
        return [_values(draw, src, kind)], {"axes": axes, "keepdims": draw(st.booleans())}

    return strat()


@st.composite
def reduce_max_mask(draw):
    (x,), p = draw(_reduce("distinct"))
    return [x], {"axes": p["axes"]}


def _axis_op(kind="normal"):
    @st.composite
    def strat(draw):
        src = _shape(draw, 1, 3, 1, 5)
        return [_values(draw, src, kind)], {"axis": draw(st.integers(-len(src), len(src) - 1))}

    return strat()


@st.composite
def rsqrt(draw):
    return [_values(draw, _shape(draw, 0, 3), "positive")], {
        "eps": draw(st.sampled_from([0.0, 1e-5, 0.5]))}


@st.composite
def layernorm(draw):
    src = _shape(draw, 1, 3, 1, 4)
    k = draw(st.integers(1, len(src)))
    ns = src[-k:]
    return ([_values(draw, src), _values(draw, ns), _values(draw, ns)],
            {"normalized_ndim": k, "eps": draw(st.sampled_from([1e-5, 0.1]))})


@st.composite
def batchnorm(draw):
    src = (draw(st.integers(1, 3)), draw(st.integers(1, 3))) + _shape(draw, 0, 2)
    c = (src[1],)
    return ([_values(draw, src), _values(draw, c), _values(draw, c), _values(draw, c),
             _values(draw, c, "positive")], {"eps": draw(st.sampled_from([1e-5, 0.1]))})


def _pool_params(draw, avg):
    k = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    s = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    if draw(st.booleans()):
        pad = tuple(draw(st.integers(0, k[i % 2] // 2)) for i in range(4))
    else:
        pad = (draw(st.integers(0, k[0] // 2)), draw(st.integers(0, k[1] // 2)))
    p = {"kernel_size": k, "stride": s, "padding": pad, "ceil_mode": draw(st.booleans())}
    if avg:
        p["count_include_pad"] = draw(st.booleans())
    else:
        p["dilation"] = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    lead = (draw(st.integers(1, 2)),) * draw(st.integers(1, 2))
    eff = [(p.get("dilation", (1, 1))[i]) * (k[i] - 1) + 1 for i in range(2)]
    shape = lead + (draw(st.integers(eff[0], eff[0] + 3)), draw(st.integers(eff[1], eff[1] + 3)))
    try:
        plan = make_plan(shape, k, s, pad, p.get("dilation", 1), p["ceil_mode"],
                         p.get("count_include_pad", True))
    except ShapeError:
        assume(False)
    return shape, p, lead + plan.out


@st.composite
def maxpool2d(draw):
    shape, p, _ = _pool_params(draw, False)
    return [_values(draw, shape, "distinct")], p


@st.composite
def maxpool2d_select(draw):
    shape, p, _ = _pool_params(draw, False)
    return [_values(draw, shape, "distinct"), _values(draw, shape)], p


@st.composite
def maxpool2d_scatter(draw):
    shape, p, out = _pool_params(draw, False)
    return [_values(draw, shape, "distinct"), _values(draw, out)], p


@st.composite
def avgpool2d(draw):
    shape, p, _ = _pool_params(draw, True)
    return [_values(draw, shape)], p


@st.composite
def avgpool2d_transpose(draw):
    shape, p, out = _pool_params(draw, True)
    return [_values(draw, out)], {**p, "input_size": shape[-2:]}


SAMPLES_SHAPE = {
    "broadcast": broadcast(), "sum_to": sum_to(), "reshape": reshape(), "flatten": flatten(),
    "transpose": transpose(), "concat": concat(), "slice": slice_(),
    "slice_transpose": slice_transpose(), "pad": pad(),
    "reduce_sum": _reduce("normal"), "reduce_mean": _reduce("mean"),
    "reduce_max": _reduce("distinct"), "reduce_max_mask": reduce_max_mask(),
    "softmax": _axis_op(), "log_softmax": _axis_op(), "rsqrt": rsqrt(),
    "layernorm": layernorm(), "batchnorm": batchnorm(),
    "maxpool2d": maxpool2d(), "maxpool2d_select": maxpool2d_select(),
    "maxpool2d_scatter": maxpool2d_scatter(), "avgpool2d": avgpool2d(),
    "avgpool2d_transpose": avgpool2d_transpose(),
}

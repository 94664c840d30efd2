"""Graph generators for the graph-file tests, picked up from the registry automatically.

``graphs()``: hypothesis strategy of small random graphs over every registered op that takes one
or two operands and no required parameter (add, mul, relu, tanh, matmul, ... as they appear).
``op_sample(name)``: a small graph using op ``name``, found by probing candidate operand shapes
and parameter values against the op's own shape rule and impl, for ops whose parameters are
required (reshape, conv2d, ...). Ops the probe cannot fit are reported by the tests that use it.
"""

from __future__ import annotations

import itertools
from functools import cache
from typing import Any

import numpy as np
from hypothesis import strategies as st

from torchsmt.ir import REGISTRY, REQUIRED, GraphBuilder, TorchSMTError

SOURCES = ("input", "const")

# Candidate operand shapes by arity (None: variadic).
SHAPES: dict[Any, list[tuple[tuple[int, ...], ...]]] = {
    1: [((2, 3),), ((1, 2, 4, 4),), ((2, 3, 4),), ((6,),), ((1, 2, 3, 3),)],
    2: [((2, 3), (2, 3)), ((2, 3), (3, 4)), ((1, 2, 4, 4), (3, 2, 2, 2)), ((2, 3), (3,)),
        ((6,), (6,)), ((1, 2, 4, 4), (1, 2, 4, 4)), ((1, 2, 4, 4), (1, 2, 3, 3)),
        ((1, 3, 3, 3), (3, 2, 2, 2)), ((1, 2, 4, 4), (1, 3, 3, 3)), ((1, 3, 3, 3), (1, 2, 4, 4))],
    3: [((2, 3), (4, 3), (4,)), ((2, 3), (3, 4), (4,)), ((1, 2, 4, 4), (3, 2, 2, 2), (3,)),
        ((2, 3), (3,), (3,)), ((2, 3), (2, 3), (2, 3))],
    5: [((1, 2, 4, 4), (2,), (2,), (2,), (2,)), ((2, 3), (3,), (3,), (3,), (3,))],
    None: [((2, 3), (2, 3)), ((2, 3),), ((2, 3), (2, 3), (2, 3))],
}
# Guesses for required parameters, by name; the op's shape rule decides which fit.
GUESSES: dict[str, list[Any]] = {
    "shape": [(2, 3), (3, 2), (6,), (4, 2, 3), (1, 3), (2, 1), (1, 2, 4, 4), (2, 2, 3)],
    "axis": [0, 1, -1], "axes": [(0,), (1,), (0, 1)], "dim": [1, 0, -1],
    "perm": [(1, 0), (0, 2, 1), (0, 1, 3, 2)], "kernel_size": [2, (2, 2)],
    "start": [0, 1], "stop": [1, 2], "starts": [(0,), (0, 0)], "ends": [(1,), (1, 2)],
    "index": [0], "value": [0.5], "eps": [1e-5], "alpha": [0.1], "negative_slope": [0.01],
    "pads": [(1, 1)], "padding": [0, 1], "stride": [1], "start_dim": [1],
    "input_size": [(4, 4)],
}


def _runs(op, shapes, params) -> bool:
    try:
        out_shape = tuple(op.shape(shapes, **params))
        rng = np.random.default_rng(0)
        arrays = [rng.uniform(0.5, 1.5, s) for s in shapes]
        with np.errstate(all="ignore"):
            out = np.asarray(op.impl(np, *arrays, **params))
        return out.shape == out_shape
    except Exception:
        return False


@cache
def op_sample_spec(name: str) -> tuple[tuple[tuple[int, ...], ...], dict[str, Any]] | None:
    """Operand shapes and parameters under which op ``name`` runs; None if the probe fails."""
    op = REGISTRY[name]
    required = [k for k, v in op.params.items() if v is REQUIRED]
    if any(k not in GUESSES for k in required):
        return None
    arities = [op.arity] if op.arity is not None else [None, 1, 2, 3]
    for ar in arities:
        for shapes in SHAPES.get(ar, []):
            for values in itertools.product(*(GUESSES[k] for k in required)):
                try:
                    params = op.bind_params(dict(zip(required, values, strict=True)))
                except TorchSMTError:
                    continue
                if _runs(op, shapes, params):
                    return shapes, params
    return None


def op_sample(name: str, dtype: str = "f64"):
    """A graph: first operand an input, the others constants (large ones print as digests)."""
    spec = op_sample_spec(name)
    if spec is None:
        return None
    shapes, params = spec
    rng = np.random.default_rng(1)
    b = GraphBuilder(dtype=dtype)
    args = [b.input(shapes[0])]
    args += [b.const(rng.uniform(0.5, 1.5, s), name=f"c{i}") for i, s in enumerate(shapes[1:])]
    out = b.op(name, *args, **params)
    return b.build(out)


@cache
def composable_ops() -> tuple[str, ...]:
    """Registered ops with arity 1 or 2 and no required parameter (used by ``graphs``)."""
    return tuple(op.name for op in REGISTRY if op.name not in SOURCES and op.arity in (1, 2)
                 and not any(v is REQUIRED for v in op.params.values()))


names = st.one_of(st.just(""), st.text(max_size=5),
                  st.sampled_from(['fc.weight', 'a "quoted" name', "back\\slash", "new\nline",
                                   "é ü", "#notacomment", "%3"]))

finite = {"f32": st.floats(width=32, allow_nan=False, allow_infinity=False),
          "f64": st.floats(allow_nan=False, allow_infinity=False)}


@st.composite
def graphs(draw, max_ops: int = 8):
    """A small random verified graph over ``composable_ops()``; ops that do not fit are skipped."""
    dt = draw(st.sampled_from(["f32", "f64"]))
    shape = draw(st.sampled_from([(2, 3), (3,), (3, 3), (1, 4), ()]))
    b = GraphBuilder(dtype=dt)
    vals = [b.input(shape, name=draw(names)) for _ in range(draw(st.integers(1, 3)))]
    for _ in range(draw(st.integers(0, 3))):
        cshape = draw(st.sampled_from([shape, shape[-1:], (), (3, 3), (4, 4)]))
        n = int(np.prod(cshape))
        if n <= 8:  # small: edge-case floats, printed inline
            data = draw(st.lists(finite[dt], min_size=n, max_size=n))
            arr = np.array(data, dtype=np.float64 if dt == "f64" else np.float32).reshape(cshape)
        else:  # large: printed as a digest
            arr = np.random.default_rng(draw(st.integers(0, 99))).normal(size=cshape)
        vals.append(b.const(arr, name=draw(names)))
    ops = composable_ops()
    for _ in range(draw(st.integers(1, max_ops))):
        name = draw(st.sampled_from(ops))
        arity = REGISTRY[name].arity
        args = [draw(st.sampled_from(vals)) for _ in range(arity)]
        try:
            vals.append(b.op(name, *args, node_name=draw(names)))
        except TorchSMTError:
            continue
    outs = draw(st.lists(st.sampled_from(vals[-4:]), min_size=1, max_size=2))
    return b.build(outs)


def sample_inputs(g, seed: int = 0) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    dt = {"f32": np.float32, "f64": np.float64}
    return [rng.normal(size=g.node(i).shape).astype(dt[g.node(i).dtype]) for i in g.inputs]


def run_bits(g, inputs) -> list[bytes]:
    """Every output's bytes (NaN payloads included): 'bit-identical' means equal lists."""
    with np.errstate(all="ignore"):
        out = g.run(*inputs)
    outs = out if isinstance(out, tuple) else (out,)
    return [np.asarray(o).tobytes() + str(np.asarray(o).dtype).encode() for o in outs]


def test_composable_ops_include_the_basics():
    assert {"add", "mul", "relu", "tanh"} <= set(composable_ops())

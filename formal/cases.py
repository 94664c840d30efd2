"""The shapes (and parameters) at which the catalog states each op's lemmas: the stated bound.

Bound: elementwise ops at every listed shape with at most 6 elements (incl. broadcasting pairs);
matmul up to 3x3 @ 3x3 (and every 1-D/batched promotion case); softmax up to 5; conv2d with a
2x2 kernel on 3x3; pooling 2x2 windows on 3x3. Ops without an entry and without required
parameters get the generic cases (unary: (3,), (2, 3); binary: broadcasting pairs; n-ary: equal
shapes). ``missing(registry)`` names ops the catalog cannot instantiate (a test reports them).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from torchsmt.ir.errors import TorchSMTError
from torchsmt.ir.opdef import REQUIRED, OpDef
from torchsmt.ir.registry import Registry

Case = tuple[tuple[tuple[int, ...], ...], dict[str, Any]]

UNARY: list[Case] = [(((3,),), {}), (((2, 3),), {})]
BINARY: list[Case] = [(((3,), (3,)), {}), (((2, 3), (3,)), {}), (((2, 1), (1, 3)), {}),
                      (((), (2, 2)), {})]
_P2 = {"kernel_size": (2, 2), "stride": (1, 1)}

CASES: dict[str, list[Case]] = {
    "leaky_relu": [(((3,),), {"negative_slope": 0.01}), (((2, 2),), {"negative_slope": 0.5})],
    "broadcast": [(((3,),), {"shape": (2, 3)}), (((2, 1),), {"shape": (2, 3)})],
    "sum_to": [(((2, 3),), {"shape": (3,)}), (((2, 3),), {"shape": (2, 1)})],
    "reshape": [(((2, 3),), {"shape": (3, 2)}), (((6,),), {"shape": (2, 3)})],
    "flatten": [(((2, 2, 2),), {}), (((2, 3),), {"start_dim": 0})],
    "transpose": [(((2, 3),), {"perm": (1, 0)}), (((2, 1, 3),), {"perm": (2, 0, 1)})],
    "concat": [(((2,), (3,)), {"axis": 0}), (((2, 2), (2, 1)), {"axis": 1})],
    "slice": [(((5,),), {"starts": (1,), "ends": (4,)}),
              (((6,),), {"starts": (0,), "ends": (6,), "steps": (2,)}),
              (((3, 4),), {"starts": (0, 1), "ends": (2, 3), "axes": (0, 1)})],
    "slice_transpose": [(((3,),), {"shape": (5,), "starts": (1,), "ends": (4,)}),
                        (((3,),), {"shape": (6,), "starts": (0,), "ends": (6,), "steps": (2,)})],
    "pad": [(((3,),), {"pads": (1, 2)}), (((2, 2),), {"pads": (0, 1, 1, 0), "value": 1.5}),
            (((4,),), {"pads": (-1, 1)})],
    "reduce_sum": [(((2, 3),), {"axes": (1,)}), (((2, 3),), {"axes": (0, 1), "keepdims": True})],
    "reduce_mean": [(((2, 3),), {"axes": (1,)}), (((3,),), {"axes": (0,), "keepdims": True})],
    "reduce_max": [(((3,),), {"axes": (0,)}), (((2, 3),), {"axes": (1,), "keepdims": True})],
    "reduce_max_mask": [(((3,),), {"axes": (0,)}), (((2, 2),), {"axes": (1,)})],
    "softmax": [(((3,),), {}), (((2, 3),), {"axis": -1}), (((5,),), {})],
    "log_softmax": [(((3,),), {}), (((2, 2),), {"axis": 0})],
    "rsqrt": [(((3,),), {"eps": 0.0}), (((2,),), {"eps": 1e-5})],
    "layernorm": [(((2, 3), (3,), (3,)), {}), (((3,), (3,), (3,)), {"eps": 0.0})],
    "batchnorm": [(((2, 2), (2,), (2,), (2,), (2,)), {}),
                  (((1, 2, 2), (2,), (2,), (2,), (2,)), {"eps": 0.0})],
    "matmul": [(((3, 3), (3, 3)), {}), (((3,), (3, 2)), {}), (((2, 3), (3,)), {}),
               (((3,), (3,)), {}), (((2, 2, 3), (3, 2)), {})],
    "linear": [(((2, 3), (3, 2)), {}), (((2, 3), (2, 3), (2,)), {"transB": 1}),
               (((3, 2), (3, 2), (2,)), {"transA": 1, "alpha": 0.5, "beta": 2.0})],
    "conv2d": [(((1, 1, 3, 3), (1, 1, 2, 2)), {}),
               (((1, 2, 3, 3), (1, 2, 2, 2), (1,)), {"padding": (1, 1, 0, 0)})],
    "conv2d_transpose": [(((1, 1, 2, 2), (1, 1, 2, 2)), {})],
    "conv2d_weight_grad": [(((1, 1, 3, 3), (1, 1, 2, 2)), {"kernel_size": (2, 2)})],
    "maxpool2d": [(((1, 1, 3, 3),), _P2)],
    "maxpool2d_select": [(((1, 1, 3, 3), (1, 1, 3, 3)), _P2)],
    "maxpool2d_scatter": [(((1, 1, 3, 3), (1, 1, 2, 2)), _P2)],
    "avgpool2d": [(((1, 1, 3, 3),), _P2),
                  (((1, 1, 3, 3),), {**_P2, "padding": 1, "count_include_pad": False})],
    "avgpool2d_transpose": [(((1, 1, 2, 2),), {**_P2, "input_size": (3, 3)})],
}

# Smaller cases for interval soundness (mid-radius products are hard for nlsat at 3x3).
INTERVAL_CASES: dict[str, Case] = {
    "matmul": (((1,), (1,)), {}),
    "linear": (((1, 1), (1, 1)), {}),
    "conv2d": (((1, 1, 2, 2), (1, 1, 1, 1)), {}),
    "conv2d_transpose": (((1, 1, 1, 1), (1, 1, 1, 1)), {}),
    "conv2d_weight_grad": (((1, 1, 2, 2), (1, 1, 1, 1)), {"kernel_size": (2, 2)}),
    "maxpool2d_select": (((1, 1, 2, 2), (1, 1, 2, 2)), _P2),
    "maxpool2d_scatter": (((1, 1, 2, 2), (1, 1, 1, 1)), _P2),
    "batchnorm": (((1, 1), (1,), (1,), (1,), (1,)), {}),
    "layernorm": (((2,), (2,), (2,)), {}),
}

# Lemmas left out of the catalog, with the reason (each is a known gap, listed by `rules list`).
EXCLUDED: dict[str, str] = {
    "layernorm.jvp_eq_dual@2x3_3_3": "timeout (20 s per output element); the 3_3_3 case is proved",
    "softmax.interval_sound": "needs exp axioms relating many applications; not attempted",
    "log_softmax.interval_sound": "needs exp/log axioms relating many applications",
    "layernorm.interval_sound": "timeout (20 s per element at 2_2_2)",
}

SKIP = {"input", "const"}  # graph sources: no meaning of their own


def _valid(op: OpDef, case: Case) -> bool:
    shapes, params = case
    try:
        op.check_arity(len(shapes))
        op.shape(tuple(shapes), **op.bind_params(params))
    except (TorchSMTError, TypeError, ValueError, IndexError, KeyError):
        return False
    return True


def cases(op: OpDef) -> list[Case]:
    """The op's valid cases (explicit table first, else generic by arity)."""
    if op.name in SKIP:
        return []
    if op.name in CASES:
        cand = CASES[op.name]
    elif any(v is REQUIRED for v in op.params.values()):
        return []
    elif op.arity == 1:
        cand = UNARY
    elif op.arity == 2:
        cand = BINARY
    else:
        n = op.arity or 2
        cand = [(((3,),) * n, {}), (((2, 2),) * n, {})]
    return [c for c in cand if _valid(op, c)]


def interval_case(op: OpDef) -> Case | None:
    c = INTERVAL_CASES.get(op.name)
    if c is not None and _valid(op, c):
        return c
    cs = cases(op)
    return min(cs, key=lambda c: sum(int(np.prod(s)) for s in c[0])) if cs else None


def missing(registry: Registry) -> list[str]:
    return [op.name for op in registry if op.name not in SKIP and not cases(op)]

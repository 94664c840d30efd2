"""Per-op rounding error of binary32 execution: |float32 result - exact op(float32 args)| <= E.

``node_error(op, params, arg_mag, out_mag, fwd_abs)`` returns E for one node, elementwise, given
magnitude bounds ``arg_mag[i] >= |arg_i|`` and ``out_mag >= |op(args)|`` (exact op on the float32
arguments). Each entry rests on a catalog lemma (formal/catalog_f32.py):

- one rounding of +, -: u |r| (``add.round_rel_err_le_f32_of_finite``; sums never underflow
  inexactly); *, /, leaky_relu's product: u |r| + eta (``mul``/``div``); sqrt: u |r| (``sqrt``);
- exact: neg, relu, abs, maximum, minimum, step, sign, ge, data movement, max reductions;
- a K-term dot product in ANY order, with or without FMA (matmul, linear, conv2d,
  conv2d_transpose, conv2d_weight_grad, reduce_sum, avgpool): gamma_K sum |a_k||b_k| + 2 K eta
  (``dot.round_err_le_gamma_f32`` base + step, ``sum.round_err_le_gamma_f32_of_tree``), so the
  bound covers both the strict executor and BLAS ("deployment") order;
- transcendentals (NumPy's float32 exp, log, tanh; sigmoid = exp and two roundings): an allowance of
  TRANSCENDENTAL_ULPS ulps, an axiom about the math library (``f32.transcendental_ulps``),
  checked numerically in the tests.

Without overflow only: where out_mag + E could exceed MAX_F32 the result may be +-inf, so E is
inf there (no claim). Unknown ops raise UnsupportedError (no silent zero error).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..errors import UnsupportedError

U = 2.0 ** -24  # unit roundoff of binary32, round to nearest
ETA = 2.0 ** -150  # half the smallest subnormal: the underflow term of a product/quotient
MAX_F32 = float(np.finfo(np.float32).max)
TRANSCENDENTAL_ULPS = 8  # allowance for NumPy's float32 exp/log/tanh (measured max < 3)
ULP_REL = 2.0 ** -23  # one ulp relative to |r| (upper bound for normal r)
ULP_ABS = 2.0 ** -149  # one subnormal ulp

EXACT = frozenset({
    "neg", "relu", "abs", "maximum", "minimum", "step", "sign", "ge", "reshape", "flatten",
    "transpose", "concat", "slice", "slice_transpose", "pad", "broadcast", "reduce_max",
    "reduce_max_mask", "maxpool2d", "maxpool2d_select", "squeeze", "unsqueeze",
})
ONE_ROUNDING = {"add": 0.0, "sub": 0.0, "sqrt": 0.0, "mul": ETA, "div": ETA, "leaky_relu": ETA}
TRANSCENDENTAL = {"exp": TRANSCENDENTAL_ULPS, "log": TRANSCENDENTAL_ULPS,
                  "tanh": TRANSCENDENTAL_ULPS, "sigmoid": TRANSCENDENTAL_ULPS + 3}
DOT = frozenset({"matmul", "linear", "conv2d", "conv2d_transpose", "conv2d_weight_grad",
                 "reduce_sum", "reduce_mean", "sum_to", "avgpool2d"})


def gamma(k: int) -> float:
    """gamma_k = k u / (1 - k u), rounded up (factor 1 + 2^-40 covers its own float64 rounding)."""
    k = max(int(k), 0)
    if k * U >= 0.5:
        return float("inf")
    return k * U / (1 - k * U) * (1 + 2.0 ** -40)


def dot_length(op: str, params: dict[str, Any], arg_shapes: Sequence[tuple[int, ...]],
               out_shape: tuple[int, ...]) -> int:
    """Roundings along the worst path of one output of a dot-product-like op."""
    p = params
    if op in ("matmul", "linear"):
        a = arg_shapes[0]
        k = a[-2] if (op == "linear" and p.get("transA", 0)) else a[-1]
        extra = 0 if op == "matmul" else 1 + (p.get("alpha", 1.0) != 1) + (len(arg_shapes) > 2)
        return k + extra
    if op == "conv2d":
        w = arg_shapes[1]
        return w[1] * w[2] * w[3] + (len(arg_shapes) > 2)
    if op == "conv2d_transpose":
        w, g = arg_shapes[1], int(p.get("groups", 1))
        return (w[0] // g) * w[2] * w[3]
    if op == "conv2d_weight_grad":
        x, y = arg_shapes
        return x[0] * y[2] * y[3]
    if op == "avgpool2d":  # overlapping windows: the window size, not size_in / size_out
        k = p["kernel_size"]
        kh, kw = (k, k) if isinstance(k, int) else k
        return int(kh) * int(kw) + 1
    size_in = int(np.prod(arg_shapes[0], dtype=np.int64))
    size_out = max(int(np.prod(out_shape, dtype=np.int64)), 1)
    n = max(size_in // size_out, 1)  # terms per output (sum_to, reduce_*, avgpool windows)
    return n + (op in ("reduce_mean", "avgpool2d"))


def node_error(op: str, params: dict[str, Any], arg_mag: Sequence[np.ndarray], out_mag: np.ndarray,
               fwd_abs: Callable[[Sequence[np.ndarray]], np.ndarray] | None = None,
               arg_shapes: Sequence[tuple[int, ...]] = (), out_shape: tuple[int, ...] = ()
               ) -> np.ndarray | float:
    """E >= |fl32(op(args)) - op(args)| elementwise (see the module docstring).

    ``fwd_abs(mags)``: the op's impl applied to the argument magnitudes with its coefficients
    replaced by their absolute values (= sum |a_k||b_k| for dot-product ops); needed for DOT ops.
    """
    out_mag = np.asarray(out_mag, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        if op in EXACT:
            e: Any = 0.0
        elif op in ONE_ROUNDING:
            e = U * out_mag + ONE_ROUNDING[op]
        elif op in TRANSCENDENTAL:
            k = TRANSCENDENTAL[op]
            e = k * ULP_REL * out_mag + k * ULP_ABS
        elif op in DOT:
            if fwd_abs is None:
                raise UnsupportedError(f"float32 semantics: '{op}' needs its |coefficient| product")
            k = dot_length(op, params, arg_shapes, out_shape)
            t = np.asarray(fwd_abs(arg_mag), dtype=np.float64)
            e = gamma(k) * t + 2 * k * ETA
            # partial sums (any order) stay below t (1 + gamma): overflow is checked on them
            e = np.where(t * (1 + gamma(k)) + 2 * k * ETA >= MAX_F32, np.inf, e)
        else:
            raise UnsupportedError(f"float32 semantics: no rounding model for operator '{op}' "
                                   "(ir/float32/rounding.py)")
        e = np.broadcast_to(np.asarray(e, dtype=np.float64), out_mag.shape)
        # overflow: the float32 result may be inf where the bound reaches MAX_F32
        e = np.where(out_mag + e >= MAX_F32, np.inf, e)
        return np.where(np.isnan(e), np.inf, e)

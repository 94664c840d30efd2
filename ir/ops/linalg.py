"""Matrix products: matmul (NumPy ``@``) and linear (ONNX Gemm, batched).

``linear(A, B[, C]; transA, transB, alpha, beta) = alpha * op(A) @ op(B) + beta * C`` where op
swaps the last two axes when its flag is set, the product follows NumPy ``@`` (1-D operands
promoted and the promoted axis removed, batch axes broadcast) and C broadcasts to the result. ONNX
Gemm is the 2-D case; ``linear(x, W, b, transB=1)`` with W of shape (out, in) is torch's F.linear
for x of shape (..., in). The family is closed under differentiation: the VJP of a product is a
product with other transpose flags (no separate transpose op), plus ``sum_to`` for broadcast
batch axes and ``reshape`` for 1-D operands, so JVP-of-VJP composes to any order.

Both are bilinear: ``linear=True`` means linear in each operand when the others are constant
(matmul by a constant weight), which is how bound propagation uses them.
"""

from __future__ import annotations

from typing import Any

from ..errors import ShapeError
from ..opdef import OpDef, Shape
from .common import bilinear_interval, broadcast_shapes, expand, reshape, scalar, unbroadcast

LINEAR_PARAMS = {"transA": 0, "transB": 0, "alpha": 1.0, "beta": 1.0}


def _flag(name: str, v: Any) -> int:
    if v not in (0, 1) or isinstance(v, float):
        raise ShapeError(f"{name} must be 0 or 1, got {v!r}")
    return int(v)


def _swap(s: Shape) -> Shape:
    return s[:-2] + (s[-1], s[-2])


def product_shape(sa: Shape, sb: Shape, transA: int = 0, transB: int = 0) -> Shape:
    """Shape of op(A) @ op(B) under NumPy matmul rules; ShapeError on a mismatch."""
    if not sa or not sb:
        raise ShapeError(f"matmul needs operands of rank >= 1, got {sa} and {sb}")
    for flag, s, nm in ((transA, sa, "transA"), (transB, sb, "transB")):
        if _flag(nm, flag) and len(s) < 2:
            raise ShapeError(f"{nm}=1 needs a matrix (rank >= 2), got shape {s}")
    a = _swap(sa) if transA else sa
    b = _swap(sb) if transB else sb
    a2 = a if len(a) >= 2 else (1,) + a
    b2 = b if len(b) >= 2 else b + (1,)
    if a2[-1] != b2[-2]:
        raise ShapeError(f"inner dimensions differ: {a} @ {b} ({a2[-1]} vs {b2[-2]})")
    batch = broadcast_shapes(a2[:-2], b2[:-2])
    return batch + a2[-2:-1] * (len(a) >= 2) + b2[-1:] * (len(b) >= 2)


def _linear_shape(in_shapes, transA, transB, alpha, beta):
    if len(in_shapes) not in (2, 3):
        raise ShapeError(f"expects 2 or 3 arguments (A, B[, C]), got {len(in_shapes)}")
    for nm, v in (("alpha", alpha), ("beta", beta)):
        finite = isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) < float("inf")
        if not finite:  # NaN fails the comparison too
            raise ShapeError(f"{nm} must be a finite number, got {v!r}")
    out = product_shape(in_shapes[0], in_shapes[1], transA, transB)
    if len(in_shapes) == 3 and broadcast_shapes(in_shapes[2], out) != out:
        raise ShapeError(f"C of shape {in_shapes[2]} does not broadcast to the product {out}")
    return out


def _t(xp: Any, x: Any, flag: int) -> Any:
    if not flag:
        return x
    nd = len(x.shape)
    return xp.transpose(x, tuple(range(nd - 2)) + (nd - 1, nd - 2))


def _linear_impl(xp, a, b, *c, transA, transB, alpha, beta):
    y = _t(xp, a, transA) @ _t(xp, b, transB)
    if alpha != 1:
        y = y * alpha
    if c:
        y = y + (c[0] if beta == 1 else c[0] * beta)
    return y


def _product(e: Any, x: Any, y: Any, tA: int = 0, tB: int = 0, alpha: float = 1.0) -> Any:
    """alpha * op(x) @ op(y), as a plain matmul node when no flag is set."""
    if not tA and not tB and alpha == 1:
        return e.op("matmul", x, y)
    return e.op("linear", x, y, transA=int(tA), transB=int(tB), alpha=float(alpha))


def _linear_vjp(e, g, out, a, b, *c, transA=0, transB=0, alpha=1.0, beta=1.0):
    sa, sb = tuple(e.shape(a)), tuple(e.shape(b))
    # 1-D operands: promote as NumPy does, so the 2-D formulas below apply, and undo at the end
    # (the naive G @ B.T is wrong there: it would contract the wrong axis or lose one).
    a2 = reshape(e, a, (1,) + sa) if len(sa) == 1 else a
    b2 = reshape(e, b, sb + (1,)) if len(sb) == 1 else b
    g2 = reshape(e, g, product_shape(e.shape(a2), e.shape(b2), transA, transB))
    # d op(A) = alpha G op(B)^T and d op(B) = alpha op(A)^T G; transpose back where a flag is set.
    if not transA:
        ga = _product(e, g2, b2, 0, 1 - transB, alpha)
    else:
        ga = _product(e, b2, g2, transB, 1, alpha)
    if not transB:
        gb = _product(e, a2, g2, 1 - transA, 0, alpha)
    else:
        gb = _product(e, g2, a2, 1, transA, alpha)
    ga = reshape(e, unbroadcast(e, ga, e.shape(a2)), sa)
    gb = reshape(e, unbroadcast(e, gb, e.shape(b2)), sb)
    if not c:
        return ga, gb
    gc = g if beta == 1 else e.op("mul", g, scalar(e, beta, g))
    return ga, gb, unbroadcast(e, gc, e.shape(c[0]))


def _linear_jvp(e, tangents, out, a, b, *c, transA=0, transB=0, alpha=1.0, beta=1.0):
    ta, tb = tangents[0], tangents[1]
    tc = tangents[2] if len(tangents) > 2 else None
    terms = []
    if ta is not None:
        terms.append(_product(e, ta, b, transA, transB, alpha))
    if tb is not None:
        terms.append(_product(e, a, tb, transA, transB, alpha))
    if tc is not None:
        terms.append(expand(e, tc if beta == 1 else e.op("mul", tc, scalar(e, beta, tc)),
                            e.shape(out)))
    if not terms:
        return None
    t = terms[0]
    for s in terms[1:]:
        t = e.op("add", t, s)
    return expand(e, t, e.shape(out))


def scale_interval(xp: Any, lo: Any, hi: Any, k: float) -> tuple[Any, Any]:
    """[k*lo, k*hi], swapped for k < 0; exactly [0, 0] for k == 0 (0 * inf is NaN, but beta = 0
    drops C whatever its bounds)."""
    if k == 0:
        return xp.zeros_like(lo), xp.zeros_like(hi)
    return (k * lo, k * hi) if k > 0 else (k * hi, k * lo)


def _linear_interval(xp, lowers, uppers, transA=0, transB=0, alpha=1.0, beta=1.0):
    lo, hi = bilinear_interval(xp, lambda x, y: _t(xp, x, transA) @ _t(xp, y, transB),
                               lowers[0], uppers[0], lowers[1], uppers[1])
    if alpha != 1:
        lo, hi = scale_interval(xp, lo, hi, alpha)
    if len(lowers) > 2:
        clo, chi = scale_interval(xp, lowers[2], uppers[2], beta)
        lo, hi = lo + clo, hi + chi
    return lo, hi


_INTERVAL_DOC = ("Interval: mid-radius, f(mA, mB) +- (|mA| rB + rA |mB| + rA rB); exact when one "
                 "operand is a point (constant weight).")

LINEAR = OpDef(
    name="linear", arity=None, shape=_linear_shape, impl=_linear_impl, params=LINEAR_PARAMS,
    vjp=_linear_vjp, jvp=_linear_jvp, interval=_linear_interval, linear=True,
    doc="ONNX Gemm, batched: alpha * op(A) @ op(B) + beta * C (C optional, broadcast); op "
        "transposes the last two axes when transA/transB = 1; NumPy @ rules otherwise (A of shape "
        "(..., k) allowed). " + _INTERVAL_DOC,
)


def _matmul_shape(in_shapes):
    return product_shape(in_shapes[0], in_shapes[1])


MATMUL = OpDef(
    name="matmul", arity=2, shape=_matmul_shape, impl=lambda xp, a, b: a @ b,
    vjp=_linear_vjp, jvp=_linear_jvp, interval=_linear_interval, linear=True,
    doc="NumPy a @ b: 1-D operands promoted (the added axis removed), batch axes broadcast. "
        + _INTERVAL_DOC,
)

OPS = (MATMUL, LINEAR)

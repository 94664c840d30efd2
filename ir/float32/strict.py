"""The strict binary32 executor: every op in IEEE binary32 with one fixed summation order.

Order (normative; the scalar reference in tests/test_float32_strict.py follows it):

- Every elementwise op is one IEEE binary32 operation per element, round to nearest even, no FMA:
  NumPy's float32 ufuncs for +, -, *, /, sqrt are correctly rounded, and a product followed by a
  sum is two ufunc calls, never fused. Python scalars in rules become binary32 first (NEP 50).
- A sum over an axis (``xp.sum``; several axes: the reduced axes in row-major order, flattened)
  starts from its first term and adds the others one at a time in increasing index order:
  ``acc = t[0]; acc = acc + t[1]; ...`` (so an all -0 sum is -0). An empty sum is +0.
- ``A @ B`` (matmul, linear, and convolutions, which are im2col + matmul): each output is
  ``acc = a[0]*b[0]; acc = acc + a[k]*b[k]`` for k = 1..K-1, each product rounded, then each sum.
  Convolution taps are ordered (channel, kernel row, kernel column) and padding taps are included
  as products with 0 (as in im2col); ``linear`` then multiplies by alpha and adds beta * C.
- Everything else (max, comparisons, data movement) is exact.
- Transcendentals (exp, log, tanh, sigmoid's exp) use NumPy's float32 implementations: they are
  NOT correctly rounded; the bounds charge them an allowance of TRANSCENDENTAL_ULPS ulps
  (rounding.py), checked on large samples in the tests.

The loop is over the reduction index only: everything else is vectorized. ``mode="deployment"``
runs the plain NumPy float32 interpreter instead (BLAS, unspecified order, possibly FMA): its
error against exact arithmetic is bounded by the any-order dot-product lemma (gamma_n).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import ShapeError, UnsupportedError

if TYPE_CHECKING:
    from ..graph import Graph

STRICT_ORDER_DOC = __doc__
F32 = np.float32


class S32(np.ndarray):
    """A float32 array whose ``@`` and ``.sum`` follow the strict order (everything else NumPy)."""

    def __matmul__(self, other):
        return strict_matmul(self, other)

    def __rmatmul__(self, other):
        return strict_matmul(other, self)

    def sum(self, axis=None, keepdims=False, **kw):  # noqa: A003 - the ndarray method
        return strict_sum(self, axis=axis, keepdims=keepdims)


def _w(x: Any) -> Any:
    """View ndarrays as S32 (so the strict ``@`` survives NumPy functions that drop subclasses)."""
    if isinstance(x, np.ndarray) and not isinstance(x, S32):
        return x.view(S32)
    if isinstance(x, tuple):
        return tuple(_w(v) for v in x)
    return x


def strict_sum(x: Any, axis: Any = None, keepdims: bool = False) -> S32:
    """Sequential binary32 sum over ``axis`` (row-major over several axes), vectorized elsewhere."""
    a = np.asarray(x).view(np.ndarray)
    nd = a.ndim
    if axis is None:
        axes = tuple(range(nd))
    else:
        given = axis if isinstance(axis, tuple) else (axis,)
        axes = tuple(sorted({int(ax) % nd for ax in given}))
    keep = [i for i in range(nd) if i not in axes]
    t = np.transpose(a, keep + list(axes))
    n = int(np.prod([a.shape[i] for i in axes], dtype=np.int64))
    t = t.reshape(tuple(a.shape[i] for i in keep) + (n,))
    if n == 0:
        acc = np.zeros(t.shape[:-1], dtype=a.dtype)
    else:
        acc = t[..., 0].copy()
        for k in range(1, n):
            acc = acc + t[..., k]
    if keepdims:
        acc = acc.reshape(tuple(1 if i in axes else a.shape[i] for i in range(nd)))
    return _w(np.asarray(acc))


def strict_matmul(a: Any, b: Any) -> S32:
    """NumPy ``@`` semantics (1-D promotion, batch broadcasting) with the strict k-order."""
    a = np.asarray(a).view(np.ndarray)
    b = np.asarray(b).view(np.ndarray)
    if a.ndim == 0 or b.ndim == 0:
        raise ShapeError("matmul: scalar operands are not allowed")
    a2 = a[None, :] if a.ndim == 1 else a
    b2 = b[:, None] if b.ndim == 1 else b
    K = a2.shape[-1]
    if b2.shape[-2] != K:
        raise ShapeError(f"matmul: inner dimensions differ ({K} vs {b2.shape[-2]})")
    if K == 0:
        shape = np.broadcast_shapes(a2.shape[:-2], b2.shape[:-2]) + (a2.shape[-2], b2.shape[-1])
        acc = np.zeros(shape, dtype=np.result_type(a, b))
    else:
        acc = a2[..., :, 0:1] * b2[..., 0:1, :]
        for k in range(1, K):
            acc = acc + a2[..., :, k:k + 1] * b2[..., k:k + 1, :]
    if a.ndim == 1:
        acc = acc[..., 0, :]
    if b.ndim == 1:
        acc = acc[..., 0]
    return _w(np.asarray(acc))


class _Strict32:
    """The ``xp`` of the strict executor: NumPy, with sum/matmul in the strict order."""

    __name__ = "torchsmt.strict32"

    def __getattr__(self, name: str) -> Any:
        fn = getattr(np, name)
        if not callable(fn):
            return fn
        return lambda *a, **k: _w(fn(*a, **k))

    @staticmethod
    def asarray(x: Any, dtype: Any = None) -> S32:
        return _w(np.array(x, dtype=dtype if dtype is not None else None, copy=True))

    sum = staticmethod(strict_sum)
    matmul = staticmethod(strict_matmul)

    @staticmethod
    def dot(a: Any, b: Any) -> S32:
        return strict_matmul(a, b)

    @staticmethod
    def mean(*a: Any, **k: Any) -> Any:
        raise UnsupportedError("strict32: xp.mean is not part of the xp subset (use sum / count)")


_NS = _Strict32()


def strict_namespace() -> Any:
    return _NS


def run_strict32(g: Graph, *inputs: Any, mode: str = "strict", return_all: bool = False):
    """Run ``g`` in IEEE binary32: ``mode="strict"`` (the fixed order above, bit-reproducible) or
    ``"deployment"`` (NumPy/BLAS float32, unspecified order; see the deployment error lemma).

    Inputs are converted to binary32 (rounded to nearest); returns float32 arrays.
    """
    if mode == "deployment":
        return g.run(*(np.asarray(x, dtype=F32) for x in inputs), dtype=F32, return_all=return_all)
    if mode != "strict":
        raise ShapeError(f"mode must be 'strict' or 'deployment', not {mode!r}")
    in_ids = g.inputs
    if len(inputs) != len(in_ids):
        raise ShapeError(f"graph takes {len(in_ids)} input(s), got {len(inputs)}")
    env: dict[int, Any] = {}
    for nid, x in zip(in_ids, inputs, strict=True):
        x = _w(np.array(x, dtype=F32))
        if tuple(x.shape) != g.node(nid).shape:
            raise ShapeError(f"input {g.node(nid).label}: expected shape {g.node(nid).shape}, "
                             f"got {tuple(x.shape)}")
        env[nid] = x
    reg = g.registry
    with np.errstate(all="ignore"):  # IEEE semantics: inf and NaN are values, not errors
        for n in g.nodes:
            if n.op == "input":
                continue
            if n.op == "const":
                env[n.id] = _w(np.array(g.consts[n.id], dtype=F32))
                continue
            impl = reg[n.op].rule("impl")
            v = impl(_NS, *(env[a] for a in n.args), **dict(n.params))
            v = np.asarray(v)
            if v.dtype != F32:
                # a rule that widened (e.g. a float64 helper array) is not binary32 evaluation
                raise UnsupportedError(f"strict32: {n.label} ({n.op}) computed in {v.dtype}, "
                                       "not float32")
            env[n.id] = _w(v)
    outs = tuple(np.asarray(env[o]).view(np.ndarray) for o in g.outputs)
    out = outs[0] if len(outs) == 1 else outs
    if return_all:
        return out, {k: np.asarray(v).view(np.ndarray) for k, v in env.items()}
    return out

"""Arrays of symbolic scalars that behave like NumPy arrays, so an op's ``impl`` runs unchanged.

``SymArray`` is an object-dtype ndarray subclass tied to one semantics object. Every NumPy ufunc
on it (``+``, ``>``, ``np.exp``, ``@``, ``.sum()``) is routed to the semantics' scalar functions
(``s_add``, ``s_greater``, ...), so comparisons yield symbolic conditions instead of Python bools
and the semantics decides what each arithmetic step means (exact, IEEE binary32, rounded, dual).
``ArraySemantics`` is the ``xp`` surface shared by all semantics (architecture.md, "xp subset").
"""

from __future__ import annotations

from fractions import Fraction
from numbers import Number
from typing import Any

import numpy as np

from torchsmt.ir.errors import UnsupportedError

# Structural NumPy functions that only move elements: run them on the object array as they are.
_STRUCTURAL = {
    "reshape", "transpose", "broadcast_to", "concatenate", "stack", "expand_dims", "squeeze",
    "moveaxis", "swapaxes", "take", "flip", "tile", "repeat", "ravel", "atleast_1d",
    "atleast_2d", "diagonal", "tril", "triu", "roll", "split", "array_split", "take_along_axis",
}
# Non-symbolic helpers rule code may use for index arithmetic and dtypes.
_PASSTHROUGH = {
    "float32", "float64", "int64", "int32", "intp", "bool_", "newaxis", "arange", "prod",
    "ndim", "shape", "ndindex", "indices", "ix_", "dtype", "integer", "floating", "inf", "pi",
    "unravel_index", "ravel_multi_index", "argsort", "cumsum", "result_type", "isscalar",
    "finfo", "iinfo", "errstate",
}
_UFUNC_NAMES = {
    np.add: "add", np.subtract: "sub", np.multiply: "mul", np.true_divide: "div",
    np.negative: "neg", np.positive: "pos", np.greater: "gt", np.greater_equal: "ge",
    np.less: "lt", np.less_equal: "le", np.equal: "eq", np.not_equal: "ne",
    np.maximum: "maximum", np.minimum: "minimum", np.absolute: "abs", np.exp: "exp",
    np.log: "log", np.tanh: "tanh", np.sqrt: "sqrt", np.logical_and: "and",
    np.logical_or: "or", np.logical_not: "not", np.bitwise_and: "and", np.bitwise_or: "or",
    np.invert: "not", np.square: "square", np.reciprocal: "reciprocal", np.fmax: "maximum",
    np.fmin: "minimum", np.nextafter: "nextafter",
}


class SymArray(np.ndarray):
    """An object ndarray of one semantics' scalars; ufuncs dispatch to that semantics."""

    sem: Any = None

    def __array_finalize__(self, obj: Any) -> None:
        if obj is not None:
            self.sem = getattr(obj, "sem", None)

    def __array_ufunc__(self, ufunc, method, *inputs, **kw):
        sem = next(i.sem for i in inputs if isinstance(i, SymArray))
        return sem._ufunc(ufunc, method, inputs, kw)

    def __getitem__(self, idx):
        r = np.ndarray.__getitem__(self, idx)
        if isinstance(r, np.ndarray):
            return r
        return self.sem._box(r)

    @property
    def dtype(self):  # rule code reads x.dtype for eps/finfo: report the semantics' float type
        return np.dtype(getattr(self.sem, "float_type", np.float64))

    def astype(self, dtype=None, *a, **k):  # dtypes are the semantics' business
        return self

    def __bool__(self):
        raise UnsupportedError("a symbolic array has no concrete truth value (use xp.where)")

    def __hash__(self):  # object identity; arrays are not used as dict keys by rule code
        return id(self)

    @property
    def plain(self) -> np.ndarray:
        return self.view(np.ndarray)


def rational(f: float) -> Fraction:
    """A float constant read as the simplest rational that rounds to it (denominator <= 10^6).

    Rule code writes 1/3 or 0.01 meaning the rational; reading the binary double exactly would make
    ``c + (1 - c) != 1`` and ``x / 3 != x * (1/3)`` in exact arithmetic. Where no such rational
    exists, the double's exact value is used.
    """
    s = Fraction(f).limit_denominator(10**6)
    return s if float(s) == f else Fraction(f)


def _pow(sem, a, n):
    if not (isinstance(n, (int, np.integer)) or (isinstance(n, float) and n.is_integer())):
        raise UnsupportedError("SMT semantics: only integer powers are supported")
    n = int(n)
    if n < 0:
        return sem.s_div(sem.const(1), _pow(sem, a, -n))
    out = sem.const(1)
    for _ in range(n):
        out = sem.s_mul(out, a)
    return out


class ArraySemantics:
    """The array surface (the xp subset) over scalar hooks a concrete semantics provides.

    Scalar hooks: ``const(Fraction)``, ``is_scalar(x)``, ``s_add/s_sub/s_mul/s_div/s_neg``,
    comparisons ``s_gt/s_ge/s_lt/s_le/s_eq/s_ne``, ``ite(c, a, b)``, ``s_exp/s_log/s_tanh/
    s_sqrt/s_sigmoid``, ``s_and/s_or/s_not``, ``sum_list(items)`` (defines summation order).
    """

    float32 = np.float32
    float64 = np.float64
    float_type: Any = np.float64  # what SymArray.dtype reports (rule code reads finfo(dtype))

    # -- lifting -------------------------------------------------------------------------------
    def const(self, value: Fraction) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def is_scalar(self, x: Any) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def is_cond(self, x: Any) -> bool:
        return False

    def lift_scalar(self, x: Any) -> Any:
        if self.is_scalar(x) or self.is_cond(x):
            return x
        if isinstance(x, (bool, np.bool_)):
            return bool(x)
        if isinstance(x, (Number, np.number)):
            f = float(x)
            if not np.isfinite(f):
                raise UnsupportedError(f"SMT semantics: non-finite constant {f}")
            return self.const(Fraction(x) if isinstance(x, int) else rational(f))
        raise UnsupportedError(f"SMT semantics: cannot use {type(x).__name__} as a scalar")

    def _wrap(self, arr: np.ndarray) -> SymArray:
        out = arr.view(SymArray)
        out.sem = self
        return out

    def _box(self, x: Any) -> SymArray:
        out = np.empty((), dtype=object)
        out[()] = x
        return self._wrap(out)

    def asarray(self, x: Any, dtype: Any = None, **_: Any) -> SymArray:
        if isinstance(x, SymArray) and x.sem is self:
            return x
        if isinstance(x, SymArray):
            raise UnsupportedError("mixing arrays of two different semantics objects")
        if isinstance(x, np.ndarray) and x.dtype != object:
            flat = [self.lift_scalar(v) for v in x.ravel().tolist()]
            out = np.empty(x.shape, dtype=object)
            out.ravel()[:] = flat if flat else []
            return self._wrap(out)
        if isinstance(x, (list, tuple)) and any(isinstance(v, np.ndarray) for v in x):
            x = np.stack([self.asarray(v).plain for v in x])
        arr = np.array(x, dtype=object) if not isinstance(x, np.ndarray) else x
        if arr.ndim == 0:
            return self._box(self.lift_scalar(arr[()]))
        out = np.empty(arr.shape, dtype=object)
        flat = out.reshape(-1)
        for i, v in enumerate(arr.reshape(-1)):
            flat[i] = self.lift_scalar(v)
        return self._wrap(out)

    array = asarray

    def _plain(self, x: Any) -> np.ndarray:
        if isinstance(x, SymArray):
            return x.plain
        return self.asarray(x).plain

    # -- ufunc dispatch ----------------------------------------------------------------------------
    def _scalar_fn(self, name: str):
        fn = getattr(self, "s_" + name, None)
        if fn is None:
            raise UnsupportedError(f"{type(self).__name__} has no scalar '{name}'")
        return fn

    def _ufunc(self, ufunc, method, inputs, kw):
        kw.pop("dtype", None)
        kw.pop("casting", None)
        if kw.get("out") is not None:
            raise UnsupportedError("SMT semantics: ufunc out= is not supported")
        kw.pop("out", None)
        if ufunc is np.matmul and method == "__call__":
            return self.matmul(*inputs)
        if ufunc is np.power and method == "__call__":
            a, n = inputs
            return self._apply(lambda x: _pow(self, x, n), a)
        name = _UFUNC_NAMES.get(ufunc)
        if name is None:
            raise UnsupportedError(f"SMT semantics: unsupported NumPy function {ufunc.__name__}")
        if method == "reduce":
            axis = kw.get("axis", 0)
            keepdims = kw.get("keepdims", False)
            if name == "add":
                return self.sum(inputs[0], axis=axis, keepdims=keepdims)
            if name in ("maximum", "minimum"):
                return self._fold(inputs[0], axis, keepdims, self._scalar_fn(name))
            raise UnsupportedError(f"SMT semantics: unsupported reduction {ufunc.__name__}")
        if method != "__call__":
            raise UnsupportedError(f"SMT semantics: unsupported ufunc method {method}")
        return self._apply(self._scalar_fn(name), *inputs)

    def _apply(self, fn, *inputs) -> SymArray:
        plains = [self._plain(i) for i in inputs]
        r = np.frompyfunc(fn, len(plains), 1)(*plains)
        if not isinstance(r, np.ndarray):
            return self._box(r)
        return self._wrap(r)

    # -- elementwise -----------------------------------------------------------------------------
    def where(self, c, a, b) -> SymArray:
        return self._apply(self.ite, c, a, b)

    def maximum(self, a, b):
        return self._apply(self.s_maximum, a, b)

    def minimum(self, a, b):
        return self._apply(self.s_minimum, a, b)

    def abs(self, a):
        return self._apply(self.s_abs, a)

    absolute = abs

    def exp(self, a):
        return self._apply(self.s_exp, a)

    def log(self, a):
        return self._apply(self.s_log, a)

    def tanh(self, a):
        return self._apply(self.s_tanh, a)

    def sqrt(self, a):
        return self._apply(self.s_sqrt, a)

    def sigmoid(self, a):
        return self._apply(self.s_sigmoid, a)

    def square(self, a):
        return self._apply(self.s_square, a)

    def nextafter(self, a, b):
        return self._apply(self.s_nextafter, a, b)

    def broadcast_arrays(self, *arrays):
        shape = np.broadcast_shapes(*(np.shape(self._plain(a)) for a in arrays))
        return [self.broadcast_to(a, shape) for a in arrays]

    def s_square(self, a):
        return self.s_mul(a, a)

    def s_pos(self, a):
        return a

    def s_reciprocal(self, a):
        return self.s_div(self.const(Fraction(1)), a)

    def s_maximum(self, a, b):  # NumPy returns the second argument on ties
        return self.ite(self.s_gt(a, b), a, b)

    def s_minimum(self, a, b):
        return self.ite(self.s_lt(a, b), a, b)

    def s_abs(self, a):
        return self.ite(self.s_lt(a, self.const(Fraction(0))), self.s_neg(a), a)

    def s_sigmoid(self, a):
        one = self.const(Fraction(1))
        return self.s_div(one, self.s_add(one, self.s_exp(self.s_neg(a))))

    # -- reductions ------------------------------------------------------------------------------
    def _rows(self, x, axis):
        """Move the reduced axes last and flatten them: (kept..., k)."""
        p = self._plain(x)
        nd = p.ndim
        axes = tuple(range(nd)) if axis is None else (
            (axis,) if isinstance(axis, (int, np.integer)) else tuple(axis))
        axes = tuple(sorted(int(a) % nd for a in axes)) if nd else ()
        kept = [i for i in range(nd) if i not in axes]
        moved = np.transpose(p, kept + list(axes)) if nd else p
        kshape = tuple(p.shape[i] for i in kept)
        keep_shape = tuple(1 if i in axes else p.shape[i] for i in range(nd))
        return moved.reshape(kshape + (-1,)), kshape, keep_shape

    def _reduce(self, x, axis, keepdims, row_fn) -> SymArray:
        rows, kshape, keep_shape = self._rows(x, axis)
        out = np.empty(kshape, dtype=object)
        flat = out.reshape(-1)
        for i, row in enumerate(rows.reshape(-1, rows.shape[-1])):
            flat[i] = row_fn(list(row))
        if keepdims:
            out = out.reshape(keep_shape)
        return self._wrap(out)

    def _fold(self, x, axis, keepdims, fn) -> SymArray:
        def fold(items):
            if not items:
                raise UnsupportedError("SMT semantics: reduction over an empty axis")
            acc = items[0]
            for it in items[1:]:
                acc = fn(acc, it)
            return acc

        return self._reduce(x, axis, keepdims, fold)

    def sum(self, x, axis=None, keepdims=False, **_: Any) -> SymArray:
        return self._reduce(x, axis, keepdims,
                            lambda items: self.sum_list(items) if items else self.const(0))

    def max(self, x, axis=None, keepdims=False, **_: Any) -> SymArray:
        return self._fold(x, axis, keepdims, self.s_maximum)

    amax = max

    def min(self, x, axis=None, keepdims=False, **_: Any) -> SymArray:
        return self._fold(x, axis, keepdims, self.s_minimum)

    amin = min

    def mean(self, x, axis=None, keepdims=False, **_: Any) -> SymArray:
        p = self._plain(x)
        n = p.size if axis is None else int(np.prod([p.shape[a] for a in np.atleast_1d(axis)]))
        s = self.sum(x, axis=axis, keepdims=keepdims)
        return self._apply(lambda t: self.s_mul(t, self.const(Fraction(1, n))), s)

    def sum_list(self, items: list) -> Any:
        acc = items[0]
        for it in items[1:]:
            acc = self.s_add(acc, it)
        return acc

    # -- linear algebra --------------------------------------------------------------------------
    def matmul(self, a, b) -> SymArray:
        """NumPy ``@``: 1-D operands are promoted (then the added axis dropped); batch broadcast.

        Each dot product is summed in index order via ``sum_list`` (the semantics fixes the order).
        """
        A, B = self._plain(a), self._plain(b)
        if A.ndim == 0 or B.ndim == 0:
            raise UnsupportedError("matmul: scalar operands are not allowed")
        a1, b1 = A.ndim == 1, B.ndim == 1
        A2 = A[None, :] if a1 else A
        B2 = B[:, None] if b1 else B
        if A2.shape[-1] != B2.shape[-2]:
            raise UnsupportedError(f"matmul: shapes {A.shape} and {B.shape} do not align")
        prod = self._apply(self.s_mul, A2[..., :, :, None], B2[..., None, :, :])
        out = self.sum(prod, axis=-2)
        if a1:
            out = out[..., 0, :]
        if b1:
            out = out[..., 0]
        return out if isinstance(out, SymArray) else self._box(out)

    dot = matmul

    # -- constructors ----------------------------------------------------------------------------
    def zeros(self, shape, dtype=None, **_: Any) -> SymArray:
        return self.full(shape, 0)

    def ones(self, shape, dtype=None, **_: Any) -> SymArray:
        return self.full(shape, 1)

    def full(self, shape, value, dtype=None, **_: Any) -> SymArray:
        out = np.empty(tuple(np.atleast_1d(shape)) if np.ndim(shape) else
                       ((int(shape),) if shape != () else ()), dtype=object)
        c = self.lift_scalar(value)
        out.reshape(-1)[:] = [c] * out.size
        return self._wrap(out)

    def zeros_like(self, x, dtype=None, **_: Any) -> SymArray:
        return self.full(np.shape(self._plain(x)), 0)

    def ones_like(self, x, dtype=None, **_: Any) -> SymArray:
        return self.full(np.shape(self._plain(x)), 1)

    def full_like(self, x, value, dtype=None, **_: Any) -> SymArray:
        return self.full(np.shape(self._plain(x)), value)

    def pad(self, x, pad_width, mode="constant", constant_values=0, **_: Any) -> SymArray:
        if mode != "constant":
            raise UnsupportedError(f"SMT semantics: pad mode '{mode}' is not supported")
        p = self._plain(x)
        out = np.pad(p, pad_width, mode="constant", constant_values=None)
        fill = self.lift_scalar(constant_values)
        mask = np.pad(np.zeros(p.shape, dtype=bool), pad_width, mode="constant",
                      constant_values=True)
        out[mask] = fill
        return self._wrap(out)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in _STRUCTURAL:
            fn = getattr(np, name)

            def structural(x, *args, **kw):
                if name in ("concatenate", "stack"):
                    x = [self._plain(v) for v in x]
                else:
                    x = self._plain(x)
                r = fn(x, *args, **kw)
                if isinstance(r, list):
                    return [self._wrap(np.array(v, dtype=object)) for v in r]
                return self._wrap(np.asarray(r, dtype=object))

            return structural
        if name in _PASSTHROUGH:
            return getattr(np, name)
        raise UnsupportedError(f"SMT semantics ({type(self).__name__}) has no xp.{name}")

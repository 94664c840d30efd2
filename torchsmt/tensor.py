"""Tensors of the PyTorch-style frontend, and ``apply``: the one door to the operator registry.

Every Tensor operation calls :func:`apply` with a registry op name. In eager mode ``apply`` runs the
op's ``impl`` through an :class:`~torchsmt.ir.EagerEmitter` (NumPy, the tensor's dtype) and, when an
argument requires grad, records a tape entry (``torchsmt.autograd``). While ``torchsmt.compile``
traces a forward, the same call emits a node into a :class:`~torchsmt.ir.GraphBuilder` instead:
eager and compiled execution share one definition per operator.

Tensors are float32 or float64 (the graph dtypes; ``get_default_dtype()`` is float64). Integer
tensors exist only to carry labels and indices (``cross_entropy``); operators reject them. Values
are read-only NumPy arrays: the tape keeps them, so nothing may change them in place.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import numpy as np

from torchsmt.ir import REGISTRY, EagerEmitter, ShapeError, TorchSMTError

from .shapes import axes_of, axis_of, index_plan, resolve_shape, shape_arg

if TYPE_CHECKING:
    from .compile import Tracer

__all__ = [
    "DtypeError", "Tensor", "TracingError", "apply", "as_dtype", "generator", "get_default_dtype",
    "manual_seed", "set_default_dtype", "tensor",
]


class DtypeError(TorchSMTError, TypeError):
    """Mixed float32/float64 operands, or an integer tensor given to an operator."""


class TracingError(TorchSMTError, RuntimeError):
    """A traced tensor has no value: ``.numpy()``, ``.item()``, ``bool()`` need eager mode."""


_NAMES = {"f32": np.float32, "float32": np.float32, "f64": np.float64, "float64": np.float64,
          "float": np.float32, "double": np.float64}


class _State(threading.local):
    """Per-thread modes, as in PyTorch: grad recording and the active trace."""

    def __init__(self) -> None:
        self.grad_enabled = True
        self.trace: Tracer | None = None


STATE = _State()


def as_dtype(dt: Any, *, allow_int: bool = False) -> np.dtype:
    """``"f32"``/``"f64"``/``"float32"``/``np.float64``/... -> a NumPy float dtype."""
    if isinstance(dt, str) and dt in _NAMES:
        return np.dtype(_NAMES[dt])
    try:
        d = np.dtype(dt)
    except TypeError:
        raise DtypeError(f"unknown dtype {dt!r} (use 'f32' or 'f64')") from None
    if d in (np.float32, np.float64) or (allow_int and d.kind in "iub"):
        return d
    raise DtypeError(f"unsupported dtype {d} (torchsmt tensors are float32 or float64)")


_DEFAULT_DTYPE = [np.dtype(np.float64)]  # process-wide, like PyTorch's


def set_default_dtype(dt: Any) -> None:
    """Dtype of new parameters and of tensors made from Python floats (float64 initially)."""
    _DEFAULT_DTYPE[0] = as_dtype(dt)


def get_default_dtype() -> np.dtype:
    return _DEFAULT_DTYPE[0]


_GEN = [np.random.default_rng(0)]  # seeded at import, like PyTorch's fixed initial seed


def manual_seed(seed: int) -> np.random.Generator:
    """Reseed the generator behind parameter initialization and dropout."""
    _GEN[0] = np.random.default_rng(int(seed))
    return _GEN[0]


def generator() -> np.random.Generator:
    return _GEN[0]


def _frozen(a: np.ndarray) -> np.ndarray:
    if a.flags.writeable:
        a.flags.writeable = False
    return a


def dtype_tag(dt: np.dtype) -> str:
    return "f32" if dt == np.float32 else "f64" if dt == np.float64 else str(dt)


class Tensor:
    """An eager value (a read-only array) or, while tracing, a node of the graph being built."""

    __array_ufunc__ = None  # ndarray <op> Tensor defers to Tensor.__rop__

    def __init__(self, data: Any, dtype: Any = None, requires_grad: bool = False):
        if isinstance(data, Tensor):
            data = data._eager_value("Tensor()")
        arr = np.asarray(data)
        if dtype is not None:
            dt = as_dtype(dtype, allow_int=True)
        elif arr.dtype.kind == "f":  # arrays keep float32/float64; Python floats: the default
            keep = isinstance(data, (np.ndarray, np.generic)) and arr.dtype in (np.float32,
                                                                                 np.float64)
            dt = arr.dtype if keep else get_default_dtype()
        elif arr.dtype.kind in "iub":
            dt = np.dtype(np.int64) if arr.dtype.kind != "b" else np.dtype(np.bool_)
        else:
            raise DtypeError(f"cannot make a tensor from {arr.dtype} data")
        self._value: np.ndarray | None = _frozen(np.array(arr, dtype=dt, copy=True))
        self._node: int | None = None
        self._trace: Tracer | None = None
        self._ctx: Any = None  # autograd.Entry of the op that made this tensor (None: a leaf)
        self.grad: Tensor | None = None
        self.requires_grad = False
        if requires_grad:
            self.requires_grad_(True)

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def _wrap(cls, value: np.ndarray) -> Tensor:
        t = cls.__new__(cls)
        t._value, t._node, t._trace, t._ctx = _frozen(value), None, None, None
        t.grad, t.requires_grad = None, False
        return t

    @classmethod
    def _symbolic(cls, node: int, trace: Tracer) -> Tensor:
        t = cls.__new__(cls)
        t._value, t._node, t._trace, t._ctx = None, node, trace, None
        t.grad, t.requires_grad = None, False
        return t

    # -- metadata -------------------------------------------------------------------------------
    @property
    def shape(self) -> tuple[int, ...]:
        if self._value is not None:
            return tuple(self._value.shape)
        return self._trace.builder.nodes[self._node].shape

    @property
    def dtype(self) -> np.dtype:
        if self._value is not None:
            return self._value.dtype
        return self._trace.dtype

    @property
    def ndim(self) -> int:
        return len(self.shape)

    def dim(self) -> int:
        return len(self.shape)

    def size(self, dim: int | None = None):
        return self.shape if dim is None else self.shape[dim]

    def numel(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))

    def __len__(self) -> int:
        if not self.shape:
            raise TypeError("len() of a 0-d tensor")
        return self.shape[0]

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    @property
    def is_leaf(self) -> bool:
        return self._ctx is None

    def requires_grad_(self, flag: bool = True) -> Tensor:
        if flag and self.dtype.kind != "f":
            raise DtypeError(f"only float tensors can require grad (this one is {self.dtype})")
        if not flag and self._ctx is not None:
            raise TorchSMTError("requires_grad_(False) on a non-leaf tensor: use .detach()")
        self.requires_grad = bool(flag)
        return self

    # -- values ---------------------------------------------------------------------------------
    def _eager_value(self, what: str) -> np.ndarray:
        if self._value is None:
            raise TracingError(f"{what} needs a value, but this tensor is being traced by "
                               "ts.compile (value-dependent Python code cannot be compiled)")
        return self._value

    def numpy(self) -> np.ndarray:
        """The value as a read-only NumPy array (copy it to modify it)."""
        return self._eager_value(".numpy()")

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        v = self._eager_value("np.asarray(tensor)")
        return v.astype(dtype) if dtype is not None else (v.copy() if copy else v)

    def item(self) -> float | int | bool:
        v = self._eager_value(".item()")
        if v.size != 1:
            raise ShapeError(f".item() needs a one-element tensor, this one has shape {v.shape}")
        return v.reshape(()).item()

    def tolist(self) -> Any:
        return self._eager_value(".tolist()").tolist()

    def __float__(self) -> float:
        return float(self.item())

    def __int__(self) -> int:
        return int(self.item())

    def __bool__(self) -> bool:
        return bool(self.item())

    def detach(self) -> Tensor:
        return Tensor._wrap(self._eager_value(".detach()")) if self._trace is None else self

    @property
    def data(self) -> Tensor:
        return self.detach()

    @data.setter
    def data(self, value: Any) -> None:
        arr = np.asarray(value._eager_value(".data") if isinstance(value, Tensor) else value)
        if arr.shape != self.shape:
            raise ShapeError(f"cannot set data of shape {arr.shape} on a tensor of shape "
                             f"{self.shape}")
        self._value = _frozen(np.array(arr, dtype=self.dtype, copy=True))

    def clone(self) -> Tensor:
        return Tensor._wrap(self._eager_value(".clone()").copy())

    def to(self, dtype: Any) -> Tensor:
        """Cast. Casting is not an operator (graphs hold one dtype): tensors off the tape only."""
        dt = as_dtype(dtype, allow_int=True)
        if dt == self.dtype:
            return self
        if self.requires_grad and STATE.grad_enabled:
            raise DtypeError("cannot cast a tensor that requires grad (casting is not an "
                             "operator); cast the data: ts.tensor(t.numpy(), dtype=...)")
        return Tensor._wrap(self._eager_value(".to()").astype(dt))

    def double(self) -> Tensor:
        return self.to(np.float64)

    def float(self) -> Tensor:
        return self.to(np.float32)

    def backward(self, gradient: Any = None) -> None:
        from .autograd import backward

        backward(self, gradient)

    def __repr__(self) -> str:
        if self._value is None:
            return (f"tensor(<traced %{self._node}: {dtype_tag(self.dtype)}"
                    f"{list(self.shape)}>)")
        body = np.array2string(self._value, separator=", ", precision=6, prefix="tensor(")
        extra = f", dtype={dtype_tag(self.dtype)}"
        if self._ctx is not None:
            extra += f", grad_fn=<{self._ctx.op.name}>"
        elif self.requires_grad:
            extra += ", requires_grad=True"
        return f"tensor({body}{extra})"

    # -- arithmetic -----------------------------------------------------------------------------
    def __add__(self, o): return apply("add", self, o)
    def __radd__(self, o): return apply("add", o, self)
    def __sub__(self, o): return apply("sub", self, o)
    def __rsub__(self, o): return apply("sub", o, self)
    def __mul__(self, o): return apply("mul", self, o)
    def __rmul__(self, o): return apply("mul", o, self)
    def __truediv__(self, o): return apply("div", self, o)
    def __rtruediv__(self, o): return apply("div", o, self)
    def __matmul__(self, o): return apply("matmul", self, o)
    def __rmatmul__(self, o): return apply("matmul", o, self)
    def __neg__(self): return apply("neg", self)
    def __pos__(self): return self

    def __pow__(self, k):
        """Integer powers k >= 1 as repeated ``mul``; 0.5 as ``sqrt``; 2 is ``x * x``."""
        if isinstance(k, (int, np.integer)) and not isinstance(k, bool) and k >= 1:
            out = self
            for _ in range(int(k) - 1):
                out = apply("mul", out, self)
            return out
        if isinstance(k, float) and k == 0.5:
            return apply("sqrt", self)
        raise TorchSMTError(f"x ** {k!r}: only integer powers >= 1 and 0.5 are operators")

    # In-place updates are only for values off the tape (a manual SGD step under no_grad).
    def _inplace(self, name: str, o: Any) -> Tensor:
        if self._trace is not None or self._ctx is not None or (
                self.requires_grad and STATE.grad_enabled):
            raise TorchSMTError("in-place update of a tensor that is on the tape (or requires "
                                "grad outside ts.no_grad())")
        with _no_grad():
            self._value = apply(name, self, o)._value
        return self

    def __iadd__(self, o): return self._inplace("add", o)
    def __isub__(self, o): return self._inplace("sub", o)
    def __imul__(self, o): return self._inplace("mul", o)
    def __itruediv__(self, o): return self._inplace("div", o)

    __hash__ = object.__hash__  # identity: tensors live in dicts and parameter lists

    # Order comparisons give eager boolean tensors (not operators: no graph, no gradient).
    def _cmp(self, o: Any, fn: Any) -> Tensor:
        other = o._eager_value("a comparison") if isinstance(o, Tensor) else np.asarray(o)
        return Tensor._wrap(np.asarray(fn(self._eager_value("a comparison"), other)))

    def __lt__(self, o): return self._cmp(o, np.less)
    def __le__(self, o): return self._cmp(o, np.less_equal)
    def __gt__(self, o): return self._cmp(o, np.greater)
    def __ge__(self, o): return self._cmp(o, np.greater_equal)

    # -- methods (each one registry op; see functional.py for the nn-level ones) ---------------
    def relu(self): return apply("relu", self)
    def tanh(self): return apply("tanh", self)
    def sigmoid(self): return apply("sigmoid", self)
    def exp(self): return apply("exp", self)
    def log(self): return apply("log", self)
    def sqrt(self): return apply("sqrt", self)
    def abs(self): return apply("abs", self)
    def softmax(self, dim: int): return apply("softmax", self, axis=axis_of(dim, self.ndim))
    def log_softmax(self, dim: int): return apply("log_softmax", self, axis=axis_of(dim, self.ndim))
    def maximum(self, o): return apply("maximum", self, o)
    def minimum(self, o): return apply("minimum", self, o)

    def clamp(self, min: float | None = None, max: float | None = None) -> Tensor:
        out = self
        if min is not None:
            out = apply("maximum", out, min)
        if max is not None:
            out = apply("minimum", out, max)
        return out

    def _reduce(self, op: str, dim: Any, keepdim: bool) -> Tensor:
        axes = tuple(range(self.ndim)) if dim is None else axes_of(dim, self.ndim)
        return apply(op, self, axes=axes, keepdims=bool(keepdim))

    def sum(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        return self._reduce("reduce_sum", dim, keepdim)

    def mean(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        return self._reduce("reduce_mean", dim, keepdim)

    def amax(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        return self._reduce("reduce_max", dim, keepdim)

    def max(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        """The maximum values (no indices, unlike PyTorch's ``max(dim)``)."""
        return self._reduce("reduce_max", dim, keepdim)

    def reshape(self, *shape: Any) -> Tensor:
        shape = shape_arg(shape)
        return apply("reshape", self, shape=resolve_shape(shape, self.shape))

    view = reshape

    def flatten(self, start_dim: int = 0, end_dim: int = -1) -> Tensor:
        if self.ndim == 0:
            return self.reshape(1)
        return apply("flatten", self, start_dim=axis_of(start_dim, self.ndim),
                     end_dim=axis_of(end_dim, self.ndim))

    def unsqueeze(self, dim: int) -> Tensor:
        d = axis_of(dim, self.ndim + 1)
        return self.reshape(*self.shape[:d], 1, *self.shape[d:])

    def squeeze(self, dim: int | None = None) -> Tensor:
        if dim is None:
            return self.reshape(*(s for s in self.shape if s != 1))
        d = axis_of(dim, self.ndim)
        if self.shape[d] != 1:
            return self
        return self.reshape(*self.shape[:d], *self.shape[d + 1:])

    def permute(self, *dims: Any) -> Tensor:
        perm = tuple(axis_of(d, self.ndim) for d in shape_arg(dims))
        if sorted(perm) != list(range(self.ndim)):
            raise ShapeError(f"permute{perm} is not a permutation of {self.ndim} dims")
        return apply("transpose", self, perm=perm)

    def transpose(self, dim0: int, dim1: int) -> Tensor:
        perm = list(range(self.ndim))
        a, b = axis_of(dim0, self.ndim), axis_of(dim1, self.ndim)
        perm[a], perm[b] = perm[b], perm[a]
        return apply("transpose", self, perm=tuple(perm))

    def __getitem__(self, idx: Any) -> Tensor:
        """Basic indexing (ints, slices with positive steps, ``None``, ``...``): one ``slice`` op,
        then a ``reshape`` for dropped or added dimensions."""
        starts, ends, axes, steps, out_shape = index_plan(idx, self.shape)
        out = self
        if axes:
            out = apply("slice", out, starts=starts, ends=ends, axes=axes, steps=steps)
        if out_shape != out.shape:
            out = apply("reshape", out, shape=out_shape)
        return out

    @property
    def T(self) -> Tensor:
        return apply("transpose", self, perm=tuple(reversed(range(self.ndim))))


def tensor(data: Any, dtype: Any = None, requires_grad: bool = False) -> Tensor:
    """A new leaf tensor holding a copy of ``data`` (floats keep float32/float64; Python floats
    take the default dtype; integers become int64 label tensors)."""
    return Tensor(data, dtype=dtype, requires_grad=requires_grad)


# -- the one door --------------------------------------------------------------------------------
_EMITTERS: dict[np.dtype, EagerEmitter] = {}


def emitter(dt: np.dtype) -> EagerEmitter:
    if dt not in _EMITTERS:
        _EMITTERS[dt] = EagerEmitter(np, REGISTRY, dt.type)
    return _EMITTERS[dt]


def _lift(args: tuple, name: str, tracing: bool) -> list[Tensor]:
    """Tensors stay; numbers and arrays become constants of the tensors' dtype.

    While tracing every constant is cast to the graph's dtype, so mixed dtypes are fine there."""
    ref = next((a for a in args if isinstance(a, Tensor)), None)
    dt = ref.dtype if ref is not None else get_default_dtype()
    out = []
    for a in args:
        if not isinstance(a, Tensor):
            if isinstance(a, (bool, str)) or a is None:
                raise DtypeError(f"{name}: operand {a!r} is not a number, array or tensor")
            a = Tensor._wrap(np.array(a, dtype=dt if dt.kind == "f" else None))
        if a.dtype.kind != "f":
            raise DtypeError(f"{name}: operators take float32/float64 tensors, got {a.dtype} "
                             "(integer tensors only carry labels)")
        out.append(a)
    dts = {a.dtype for a in out}
    if len(dts) > 1 and not tracing:
        raise DtypeError(f"{name}: mixed dtypes {sorted(dtype_tag(d) for d in dts)}; convert "
                         "the model or the input (model.double(), tensor.double())")
    return out


def apply(name: str, *args: Any, **params: Any) -> Tensor:
    """Apply registry op ``name``: run it eagerly (and tape it), or emit it while tracing."""
    tr = STATE.trace
    tensors = _lift(args, name, tr is not None)
    if tr is not None:
        return tr.emit(name, tensors, params)
    opdef = REGISTRY[name]
    opdef.check_arity(len(tensors))
    bound = opdef.bind_params(params)
    try:
        shape = opdef.shape(tuple(t.shape for t in tensors), **bound)
    except ShapeError as e:
        raise ShapeError(f"{name}: {e}") from None
    dt = tensors[0].dtype
    values = tuple(t._value for t in tensors)
    out = np.asarray(emitter(dt).op(name, *values, **bound))
    if out.dtype != dt:  # NumPy scalar promotion must not change the tensor's dtype
        out = out.astype(dt)
    if tuple(out.shape) != tuple(shape):
        raise ShapeError(f"{name}: impl gave shape {out.shape}, shape rule says {shape}")
    t = Tensor._wrap(out)
    if STATE.grad_enabled and opdef.differentiable and any(a.requires_grad for a in tensors):
        from .autograd import record

        record(t, opdef, bound, tensors, values)
    return t


class _no_grad:
    def __enter__(self):
        self.prev = STATE.grad_enabled
        STATE.grad_enabled = False

    def __exit__(self, *exc):
        STATE.grad_enabled = self.prev

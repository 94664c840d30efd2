"""``Module`` and ``Parameter``: PyTorch's registration model (attributes that are parameters,
buffers or submodules are found by ``named_parameters``, ``state_dict``, ``ts.compile``)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

from torchsmt.ir import ShapeError, TorchSMTError
from torchsmt.tensor import Tensor, _frozen, as_dtype, get_default_dtype

__all__ = ["Module", "ModuleList", "Parameter", "Sequential"]


class Parameter(Tensor):
    """A leaf tensor a Module owns; ``requires_grad=True`` unless told otherwise."""

    def __init__(self, data: Any, requires_grad: bool = True, dtype: Any = None):
        if dtype is None and not isinstance(data, Tensor):
            arr = np.asarray(data)
            dtype = arr.dtype if arr.dtype in (np.float32, np.float64) else get_default_dtype()
        super().__init__(data, dtype=dtype, requires_grad=requires_grad)

    def __repr__(self) -> str:
        return "Parameter containing:\n" + super().__repr__()


def _array_of(value: Any) -> np.ndarray:
    if isinstance(value, Tensor):
        return value.numpy()
    try:
        return np.asarray(value, dtype=np.float64) if not hasattr(value, "dtype") else \
            np.asarray(value)
    except (TypeError, ValueError):
        raise TorchSMTError(f"cannot use {type(value).__name__} as parameter data") from None


class Module:
    """Base class of layers and user models; subclasses define ``forward``."""

    training: bool

    def __init__(self) -> None:
        object.__setattr__(self, "_parameters", OrderedDict())
        object.__setattr__(self, "_buffers", OrderedDict())
        object.__setattr__(self, "_modules", OrderedDict())
        object.__setattr__(self, "training", True)

    # -- registration --------------------------------------------------------------------------
    def __setattr__(self, name: str, value: Any) -> None:
        params = self.__dict__.get("_parameters")
        if params is None:
            raise TorchSMTError(f"{type(self).__name__}: call super().__init__() before "
                                "assigning attributes")
        bufs, mods = self._buffers, self._modules
        if isinstance(value, Parameter):
            self._forget(name)
            params[name] = value
        elif isinstance(value, Module):
            self._forget(name)
            mods[name] = value
        elif name in params:
            self._set_param_data(name, value)
        elif name in bufs:
            if value is None:
                bufs[name] = None
            else:
                bufs[name] = self._checked(name, value, bufs[name], requires_grad=False)
        elif name in mods and value is None:
            mods[name] = None
        else:
            object.__setattr__(self, name, value)

    def _forget(self, name: str) -> None:
        for d in (self._parameters, self._buffers, self._modules):
            d.pop(name, None)
        self.__dict__.pop(name, None)

    def _checked(self, name: str, value: Any, old: Tensor | None, requires_grad: bool) -> Tensor:
        arr = _array_of(value)
        if old is not None:
            if arr.shape != old.shape:
                raise ShapeError(f"{type(self).__name__}.{name}: expected shape {old.shape}, "
                                 f"got {arr.shape}")
            old.data = arr  # keeps the object (optimizers hold it), casts to its dtype
            return old
        dt = arr.dtype if arr.dtype in (np.float32, np.float64) else get_default_dtype()
        return Parameter(arr, requires_grad, dt) if requires_grad else Tensor(arr, dt)

    def _set_param_data(self, name: str, value: Any) -> None:
        """``model[0].weight = W`` (an array or a tensor): shape-checked, the Parameter is kept."""
        if value is None:
            self._parameters[name] = None
            return
        self._parameters[name] = self._checked(name, value, self._parameters[name], True)

    def __getattr__(self, name: str) -> Any:
        d = self.__dict__
        for table in ("_parameters", "_buffers", "_modules"):
            if table in d and name in d[table]:
                return d[table][name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __delattr__(self, name: str) -> None:
        self._forget(name)

    def register_parameter(self, name: str, param: Parameter | None) -> None:
        self._forget(name)
        self._parameters[name] = param

    def register_buffer(self, name: str, value: Any) -> None:
        self._forget(name)
        self._buffers[name] = None if value is None else (
            value if isinstance(value, Tensor) else Tensor(value))

    def add_module(self, name: str, module: Module | None) -> None:
        self._forget(name)
        self._modules[name] = module

    # -- calling ---------------------------------------------------------------------------------
    def forward(self, *args: Any, **kwargs: Any) -> Any:
        raise TorchSMTError(f"{type(self).__name__} has no forward()")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.forward(*args, **kwargs)

    # -- traversal -------------------------------------------------------------------------------
    def named_children(self) -> Iterator[tuple[str, Module]]:
        for name, m in self._modules.items():
            if m is not None:
                yield name, m

    def children(self) -> Iterator[Module]:
        for _, m in self.named_children():
            yield m

    def named_modules(self, prefix: str = "", _seen: set | None = None
                      ) -> Iterator[tuple[str, Module]]:
        seen = set() if _seen is None else _seen
        if id(self) in seen:
            return
        seen.add(id(self))
        yield prefix, self
        for name, m in self.named_children():
            yield from m.named_modules(f"{prefix}.{name}" if prefix else name, seen)

    def modules(self) -> Iterator[Module]:
        for _, m in self.named_modules():
            yield m

    def _named(self, table: str, prefix: str, recurse: bool) -> Iterator[tuple[str, Tensor]]:
        seen: set[int] = set()
        mods = self.named_modules(prefix) if recurse else iter([(prefix, self)])
        for mname, m in mods:
            for name, t in getattr(m, table).items():
                if t is None or id(t) in seen:
                    continue
                seen.add(id(t))
                yield (f"{mname}.{name}" if mname else name), t

    def named_parameters(self, prefix: str = "", recurse: bool = True
                         ) -> Iterator[tuple[str, Parameter]]:
        yield from self._named("_parameters", prefix, recurse)

    def parameters(self, recurse: bool = True) -> Iterator[Parameter]:
        for _, p in self.named_parameters(recurse=recurse):
            yield p

    def named_buffers(self, prefix: str = "", recurse: bool = True
                      ) -> Iterator[tuple[str, Tensor]]:
        yield from self._named("_buffers", prefix, recurse)

    def buffers(self, recurse: bool = True) -> Iterator[Tensor]:
        for _, b in self.named_buffers(recurse=recurse):
            yield b

    def apply(self, fn: Any) -> Module:
        for m in self.children():
            m.apply(fn)
        fn(self)
        return self

    # -- modes, gradients, dtype ---------------------------------------------------------------
    def train(self, mode: bool = True) -> Module:
        for m in self.modules():
            object.__setattr__(m, "training", bool(mode))
        return self

    def eval(self) -> Module:
        return self.train(False)

    def zero_grad(self, set_to_none: bool = True) -> None:
        for p in self.parameters():
            if set_to_none or p.grad is None:
                p.grad = None
            else:
                p.grad = Tensor(np.zeros_like(p.grad.numpy()))

    def requires_grad_(self, flag: bool = True) -> Module:
        for p in self.parameters():
            p.requires_grad_(flag)
        return self

    def to(self, dtype: Any) -> Module:
        """Cast every parameter and buffer in place (the objects, which optimizers hold, are kept;
        gradients are dropped)."""
        dt = as_dtype(dtype)
        for t in [*self.parameters(), *self.buffers()]:
            if t.dtype.kind == "f" and t.dtype != dt:
                t._value = _frozen(t.numpy().astype(dt))
                t.grad = None
        return self

    def double(self) -> Module:
        return self.to(np.float64)

    def float(self) -> Module:
        return self.to(np.float32)

    # -- state -----------------------------------------------------------------------------------
    def state_dict(self) -> OrderedDict[str, np.ndarray]:
        """Name -> a copy of every parameter and buffer value (NumPy arrays)."""
        out: OrderedDict[str, np.ndarray] = OrderedDict()
        for name, t in [*self.named_parameters(), *self.named_buffers()]:
            out[name] = t.numpy().copy()
        return out

    def load_state_dict(self, state: dict[str, Any], strict: bool = True) -> None:
        own = dict([*self.named_parameters(), *self.named_buffers()])
        missing = sorted(set(own) - set(state))
        unexpected = sorted(set(state) - set(own))
        if strict and (missing or unexpected):
            raise TorchSMTError(f"load_state_dict: missing keys {missing}, unexpected keys "
                                f"{unexpected}")
        for name, value in state.items():
            if name not in own:
                continue
            arr = _array_of(value)
            if arr.shape != own[name].shape:
                raise ShapeError(f"load_state_dict: '{name}' has shape {arr.shape}, the model "
                                 f"expects {own[name].shape}")
        for name, value in state.items():
            if name in own:
                own[name].data = _array_of(value)

    # -- printing --------------------------------------------------------------------------------
    def extra_repr(self) -> str:
        return ""

    def __repr__(self) -> str:
        lines = []
        for name, m in self._modules.items():
            body = repr(m).replace("\n", "\n  ")
            lines.append(f"  ({name}): {body}")
        head = f"{type(self).__name__}({self.extra_repr()}"
        return head + ("\n" + "\n".join(lines) + "\n)" if lines else ")")


class Sequential(Module):
    """Modules applied in order; indexable (``model[0]``), sliceable, iterable, ``len``."""

    def __init__(self, *modules: Module | OrderedDict):
        super().__init__()
        if len(modules) == 1 and isinstance(modules[0], OrderedDict):
            for name, m in modules[0].items():
                self.add_module(name, m)
        else:
            for i, m in enumerate(modules):
                if not isinstance(m, Module):
                    raise TorchSMTError(f"Sequential: argument {i} is a {type(m).__name__}, "
                                        "not a Module")
                self.add_module(str(i), m)

    def __getitem__(self, idx: int | slice) -> Module:
        items = list(self._modules.items())
        if isinstance(idx, slice):
            return Sequential(OrderedDict(items[idx]))
        try:
            return items[idx][1]
        except (IndexError, TypeError):
            raise IndexError(f"index {idx!r} out of range for Sequential of length "
                             f"{len(items)}") from None

    def __setitem__(self, idx: int, module: Module) -> None:
        name = list(self._modules)[idx]
        self._modules[name] = module

    def __len__(self) -> int:
        return len(self._modules)

    def __iter__(self) -> Iterator[Module]:
        return iter(self._modules.values())

    def append(self, module: Module) -> Sequential:
        self.add_module(str(len(self)), module)
        return self

    def forward(self, x: Any) -> Any:
        for m in self._modules.values():
            x = m(x)
        return x


class ModuleList(Module):
    def __init__(self, modules: Iterable[Module] = ()):
        super().__init__()
        for m in modules:
            self.append(m)

    def append(self, module: Module) -> ModuleList:
        self.add_module(str(len(self)), module)
        return self

    def __getitem__(self, idx: int) -> Module:
        return list(self._modules.values())[idx]

    def __len__(self) -> int:
        return len(self._modules)

    def __iter__(self) -> Iterator[Module]:
        return iter(self._modules.values())

"""The immutable operator registry, built from an explicit list (no import-time registration)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import MappingProxyType

from .errors import UnknownOpError
from .opdef import OpDef


class Registry:
    """A read-only name -> OpDef map. ``extend`` returns a new registry (user-defined ops)."""

    __slots__ = ("_ops",)

    def __init__(self, ops: Iterable[OpDef]):
        table: dict[str, OpDef] = {}
        for op in ops:
            if op.name in table:
                raise ValueError(f"operator '{op.name}' defined twice")
            table[op.name] = op
        object.__setattr__(self, "_ops", MappingProxyType(table))

    def __setattr__(self, key, value):  # frozen
        raise AttributeError("Registry is immutable; use extend()")

    def __getitem__(self, name: str) -> OpDef:
        try:
            return self._ops[name]
        except KeyError:
            raise UnknownOpError(name) from None

    def __contains__(self, name: object) -> bool:
        return name in self._ops

    def __iter__(self) -> Iterator[OpDef]:
        return iter(self._ops.values())

    def __len__(self) -> int:
        return len(self._ops)

    def names(self) -> tuple[str, ...]:
        return tuple(self._ops)

    def extend(self, *ops: OpDef) -> Registry:
        return Registry([*self._ops.values(), *ops])


def _default() -> Registry:
    from .ops import ALL_OPS

    return Registry(ALL_OPS)


REGISTRY: Registry = _default()

"""The lemma catalog: every obligation torchsmt states, generated from the registry.

Families are plain generator functions ``fn(registry) -> list[Obligation]`` listed in
``GENERATORS``; adding a family (e.g. issue 7's float32 rounding lemmas) means writing one such
function in its own module and appending it here. Names are unique; ``catalog()`` checks it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from torchsmt.ir.errors import TorchSMTError
from torchsmt.ir.registry import REGISTRY, Registry

from .obligation import Obligation


def _generators() -> list[Callable[[Registry], list[Obligation]]]:
    from . import catalog_extra, catalog_f32, catalog_ops

    return [catalog_ops.op_obligations, catalog_extra.axiom_obligations,
            catalog_extra.kink_obligations, catalog_extra.relax_obligations,
            catalog_extra.taylor_obligations, catalog_extra.pitfall_obligations,
            catalog_extra.float32_obligations, catalog_extra.graph_obligations,
            catalog_f32.float32_obligations]  # issue 7: Bitwuzla rounding + gamma_n lemmas


GENERATORS: list[Callable[[Registry], list[Obligation]]] = []  # extra families (appended)


class UnknownLemmaError(TorchSMTError, KeyError):
    def __str__(self) -> str:
        return self.args[0]


def catalog(registry: Registry = REGISTRY) -> list[Obligation]:
    from .cases import EXCLUDED

    out: list[Obligation] = []
    for gen in _generators() + GENERATORS:
        out.extend(o for o in gen(registry)
                   if o.name not in EXCLUDED and o.name.split("@")[0] not in EXCLUDED)
    names = [o.name for o in out]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise ValueError(f"duplicate lemma names: {dup}")
    return out


def select(names: Iterable[str], registry: Registry = REGISTRY) -> list[Obligation]:
    """Obligations by exact name, by name without its '@shape' case, or by op name."""
    obs = catalog(registry)
    out: list[Obligation] = []
    for n in names:
        hit = [o for o in obs if o.name == n] or [o for o in obs if o.name.split("@")[0] == n] \
            or [o for o in obs if o.op == n]
        if not hit:
            raise UnknownLemmaError(f"no lemma named '{n}' (see `torchsmt rules list`)")
        out.extend(h for h in hit if h not in out)
    return out

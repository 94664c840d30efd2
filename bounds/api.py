"""Public entry points: ibp, crown, alpha_crown (certify lives in certificate.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from torchsmt.gpu import get_xp, to_numpy
from torchsmt.ir import Graph, ShapeError, UnsupportedError

from .alpha import AlphaOptions, optimize_rows
from .engine import Engine


@dataclass(frozen=True)
class BoundResult:
    """Bounds of the graph output (or of ``C @ output`` when C is given).

    ``lower``/``upper``: shaped like the output (no C) or (S,) (with C); a batch of boxes adds a
    leading axis. ``bounds``: node id -> (lower, upper) of every node, shaped like the node (plus
    the batch axis for a batch of boxes).
    """

    lower: np.ndarray
    upper: np.ndarray
    bounds: Mapping[int, tuple[np.ndarray, np.ndarray]] = field(repr=False)
    method: str = "crown"


def _finish(e: Engine, low: np.ndarray, C: Any, method: str) -> BoundResult:
    """The BoundResult of rows [C; -C]'s lower bounds ``low``; arrays come back as NumPy."""
    s = low.shape[1] // 2
    lo, hi = low[:, :s], -low[:, s:]
    if C is None:
        shape = e.g.node(e.g.outputs[0]).shape
        lo, hi = lo.reshape((e.B,) + shape), hi.reshape((e.B,) + shape)
    if not e.batched:
        lo, hi = lo[0], hi[0]
        nb = {k: (v[0][0], v[1][0]) for k, v in e.bounds.items()}
    else:
        nb = dict(e.bounds)
    if e.xp is not np:  # device arrays back to the host (one transfer per array)
        lo, hi = to_numpy(lo), to_numpy(hi)
        nb = {k: (to_numpy(v[0]), to_numpy(v[1])) for k, v in nb.items()}
    return BoundResult(lo, hi, nb, method)


def engine_options(device: str = "cpu", dtype: Any = None, max_memory: int | None = None,
                   semantics: str = "real") -> dict[str, Any]:
    """Engine keyword arguments for ``device`` ("cpu" or "cuda": DeviceUnavailableError when
    CUDA is absent), ``dtype`` (float64 default, or float32) and ``max_memory`` (bytes)."""
    xp = get_xp(device)
    if semantics != "real" and (xp is not np or dtype is not None):
        raise UnsupportedError("semantics='float32' bounds run on the CPU in float64 only "
                               f"(device={device!r}, dtype={dtype!r})")
    return {"xp": xp, "dtype": dtype, "max_memory": max_memory}


def ibp(g: Graph, lower: Any, upper: Any, C: Any = None, semantics: str = "real", *,
        device: str = "cpu", dtype: Any = None, max_memory: int | None = None) -> BoundResult:
    """Interval bound propagation: each op's interval rule, node by node.
    ``semantics="float32"``: sound for the binary32 execution (bounds/float32.py).
    ``device="cuda"``: CuPy arrays (results come back as NumPy); ``dtype``: float64 or float32;
    ``max_memory``: bytes a backward pass may take before it runs in chunks (bounds/xp.py)."""
    kw = engine_options(device, dtype, max_memory, semantics)
    if semantics != "real":
        from .float32 import check_semantics, ibp32

        check_semantics(semantics)
        return ibp32(g, lower, upper, C)
    e = Engine(g, lower, upper, **kw)
    e.run(intermediate="ibp")
    out = g.outputs[0]
    lo, hi = e.bounds[out]
    if C is None:
        low = e.xp.concatenate([lo.reshape(e.B, -1), -hi.reshape(e.B, -1)], axis=1)
    else:  # C @ [lo, hi]: interval matmul (exact up to rounding)
        low = e.bound_rows(out, e.spec(C))
    return _finish(e, low, C, "ibp")


def crown(g: Graph, lower: Any, upper: Any, C: Any = None, intermediate: str = "crown",
          *, _engine: dict | None = None, semantics: str = "real", device: str = "cpu",
          dtype: Any = None, max_memory: int | None = None) -> BoundResult:
    """CROWN: backward linear relaxation; intermediate pre-activation bounds by CROWN (or IBP).
    ``semantics="float32"``: sound for the binary32 execution (bounds/float32.py).
    ``device``, ``dtype``, ``max_memory``: as for ``ibp``."""
    kw = engine_options(device, dtype, max_memory, semantics)
    if semantics != "real":
        from .float32 import check_semantics, crown32

        check_semantics(semantics)
        return crown32(g, lower, upper, C, intermediate)
    if intermediate not in ("crown", "ibp"):
        raise ShapeError(f"intermediate must be 'crown' or 'ibp', not {intermediate!r}")
    e = Engine(g, lower, upper, **kw)
    e.run(intermediate=intermediate)
    out, xp = g.outputs[0], e.xp
    low = e.bound_rows(out, e.spec(C))
    if C is None:  # the output's own bounds: intersect with its interval bounds
        lo, hi = e.bounds[out]
        s = low.shape[1] // 2
        low = xp.concatenate([xp.maximum(low[:, :s], lo.reshape(e.B, -1)),
                              xp.maximum(low[:, s:], -hi.reshape(e.B, -1))], axis=1)
    return _finish(e, low, C, "crown")


def alpha_crown(g: Graph, lower: Any, upper: Any, C: Any = None, iters: int = 20,
                lr: float = 0.1, semantics: str = "real", *, device: str = "cpu",
                dtype: Any = None, max_memory: int | None = None) -> BoundResult:
    """alpha-CROWN: lower slopes optimized per row (intermediate bounds and specification rows).
    ``semantics="float32"``: sound for the binary32 execution (bounds/float32.py).
    ``device``, ``dtype``, ``max_memory``: as for ``ibp``.

    Never looser than CROWN: the result is the elementwise best of this run and of plain CROWN.
    """
    kw = engine_options(device, dtype, max_memory, semantics)
    if semantics != "real":
        from .float32 import alpha_crown32, check_semantics

        check_semantics(semantics)
        return alpha_crown32(g, lower, upper, C, iters, lr)
    res, _ = alpha_engine(g, lower, upper, C, AlphaOptions(iters=iters, lr=lr), **kw)
    base = crown(g, lower, upper, C, device=device, dtype=dtype, max_memory=max_memory)
    lo, hi = np.maximum(res.lower, base.lower), np.minimum(res.upper, base.upper)
    return BoundResult(lo, hi, res.bounds, "alpha")


def alpha_engine(g: Graph, lower: Any, upper: Any, C: Any, opt: AlphaOptions,
                 relax_ops: frozenset[str] | None = None, margin: Any = None, **kw: Any):
    """Run alpha-CROWN; returns the result and (engine, slopes per start node, final row bound).
    ``kw``: Engine options (xp, dtype, max_memory)."""
    e = Engine(g, lower, upper, relax_ops=relax_ops, **kw)
    if margin is not None:
        e.margin = margin
    store: dict[int, dict[int, np.ndarray]] = {}
    e.run(optimize=lambda eng, nid, a0: optimize_rows(eng, nid, a0, opt, store))
    out = g.outputs[0]
    spec = e.spec(C)
    low = optimize_rows(e, out, spec, opt, store)
    return _finish(e, low, C, "alpha"), (e, store, spec, low)

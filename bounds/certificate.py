"""Certificates: what a bound computation did, written so an independent checker can redo it.

``certify(g, lower, upper, C=C)`` runs alpha-CROWN (or CROWN/IBP) with certificate-friendly
settings and returns a Certificate; ``to_json()`` writes the format of docs/certificate.md. The
producer rounds outward: every node bound it stores, and so uses downstream, is loosened by a
relative margin (default 1e-9) right after it is computed, and so is the final claim; the checker
re-derives each bound with every rounding error bounded, and the margin absorbs the difference.

Only relaxations the checker knows how to validate are used (relu, leaky_relu, abs: lines checked
at the interval ends and the kink); other nonlinear ops are bounded by their interval rules.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from torchsmt.gpu import device_of, to_numpy
from torchsmt.ir import Graph, ShapeError

from .alpha import AlphaOptions, optimize_rows
from .api import engine_options
from .engine import KINK0, Engine
from .xp import xp_of

FORMAT = "torchsmt.certificate"
VERSION = 1
SPLITS_VERSION = 2  # documents with non-empty "splits" (ReLU-split branch and bound)
CERT_RELAX = frozenset(KINK0)


def set_splits(doc: dict, splits: list) -> dict:
    """Record split constraints ``[box, node_id, flat_index, sign]`` in a certificate document
    (sign -1: the claim assumes value <= 0 on that box, +1: >= 0); non-empty splits make it
    version 2, none leave (or make) it a version 1 document without the key."""
    doc.pop("splits", None)
    doc["version"] = VERSION
    if splits:
        doc["splits"] = [[int(b), int(n), int(i), int(s)] for b, n, i, s in splits]
        doc["version"] = SPLITS_VERSION
    return doc


@dataclass(frozen=True)
class Certificate:
    """A certificate document (a JSON-ready dict) plus its large arrays."""

    doc: dict = field(repr=False)
    arrays: dict[str, np.ndarray] = field(repr=False)
    lower: np.ndarray  # the claim: certified lower bounds of C @ output, (S,) or (B, S)
    C: np.ndarray

    def to_json(self, sidecar: str | Path | None = None) -> str:
        """The JSON text. With ``sidecar`` (a .npz path), arrays go there (no pickle)."""
        doc = dict(self.doc)
        if sidecar is None:
            doc = _embed(doc, self.arrays)
        else:
            path = Path(sidecar)
            with open(path, "wb") as f:
                np.savez(f, **self.arrays)
            doc["sidecar"] = {"file": path.name,
                              "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
        return json.dumps(doc, sort_keys=True, separators=(",", ":"))

    def save(self, path: str | Path, sidecar: bool = False) -> None:
        path = Path(path)
        text = self.to_json(path.with_suffix(".npz") if sidecar else None)
        path.write_text(text)


def _embed(doc: Any, arrays: dict[str, np.ndarray]) -> Any:
    """Replace {"npz_key": k} references by inline base64 arrays."""
    if isinstance(doc, dict):
        if set(doc) == {"npz_key"}:
            a = np.ascontiguousarray(arrays[doc["npz_key"]], dtype="<f8")
            return {"dtype": "f64", "shape": list(a.shape),
                    "data": base64.b64encode(a.tobytes()).decode("ascii")}
        return {k: _embed(v, arrays) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_embed(v, arrays) for v in doc]
    return doc


def _outward(lo: np.ndarray, hi: np.ndarray, margin: float) -> tuple[np.ndarray, np.ndarray]:
    """Loosen [lo, hi] by margin * (|lo| + |hi|) plus a tiny floor, then one more ulp (of the
    arrays' own dtype; NumPy or CuPy)."""
    xp = xp_of(lo, hi)
    with np.errstate(invalid="ignore", over="ignore"):
        scale = xp.where(xp.isfinite(lo) & xp.isfinite(hi), xp.abs(lo) + xp.abs(hi), 0.0)
        # the floor covers the checker's absolute float64 error on tiny claims (a 3e-8 claim missed
        # by 2.3e-15 with a 1e-15 floor)
        slack = margin * scale + margin * 1e-3
        return (xp.nextafter(lo - slack, -xp.inf), xp.nextafter(hi + slack, xp.inf))


class _CertEngine(Engine):
    """An Engine whose node bounds are rounded outward as soon as they are computed."""

    margin = 1e-9

    def interval_of(self, nid):
        lo, hi = super().interval_of(nid)
        if self.kind[nid] in ("input", "const"):
            return lo, hi
        return _outward(lo, hi, self.margin)

    def set_rows(self, nid, rows, low):
        s = low.shape[1] // 2
        lo, hi = _outward(low[:, :s], -low[:, s:], self.margin)
        super().set_rows(nid, rows, self.xp.concatenate([lo, -hi], axis=1))


# The producer's relative outward rounding when it computes in float32 (on a GPU, say): float32
# sums carry ~1e-7 relative errors that grow with depth and width; the CPU checker decides anyway.
F32_MARGIN = 1e-5


def certify(g: Graph, lower: Any, upper: Any, C: Any = None, method: str = "alpha",
            iters: int = 20, lr: float = 0.1, margin: float = 1e-9,
            semantics: str = "real", *, device: str = "cpu", dtype: Any = None,
            max_memory: int | None = None) -> Certificate:
    """Bound C @ g(x) over the box and return a checkable certificate of the lower bounds.
    ``semantics="float32"``: the claim holds for the binary32 execution (bounds/float32.py);
    check it with ``check_certificate(..., semantics="float32")``.

    ``device="cuda"``/``dtype="float32"``: an untrusted producer (docs/trust.md); the document
    records both ("device", "dtype") and its arrays are float64 NumPy either way. With float32
    the margin is at least F32_MARGIN. Nothing here is trusted: check_certificate decides."""
    if method not in ("alpha", "crown"):
        raise ShapeError(f"certify method must be 'alpha' or 'crown', not {method!r}")
    kw = engine_options(device, dtype, max_memory, semantics)
    if semantics == "real":
        e = _CertEngine(g, lower, upper, relax_ops=CERT_RELAX, **kw)
        if e.dtype == np.float32:
            margin = max(margin, F32_MARGIN)
    else:
        from .float32 import cert_engine

        e = cert_engine(semantics, _CertEngine)(g, lower, upper, relax_ops=CERT_RELAX)
        margin = max(margin, 1e-7)  # float32 errors (~6e-8 relative) dominate; see bounds/float32
    e.margin = margin
    opt = AlphaOptions(iters=iters if method == "alpha" else 0, lr=lr)
    store: dict[int, dict[int, np.ndarray]] = {}
    rows_of: dict[int, np.ndarray | None] = {}

    def optimize(eng, nid, a0):
        rows_of[nid] = eng.rows_needed(nid)
        return optimize_rows(eng, nid, a0, opt, store)

    e.run(optimize=optimize)
    out = g.outputs[0]
    spec = e.spec(C)
    rec: dict[int, np.ndarray] = {}
    low = optimize_rows(e, out, spec, opt, store)
    s = low.shape[1] // 2
    claim, _ = _outward(low[:, :s], -low[:, s:], margin)
    claim = to_numpy(claim).astype(np.float64)
    c_all = spec[:, :s].reshape(e.B, s, -1)
    c = c_all if (C is not None and np.ndim(C) == 3) else c_all[0]
    c = to_numpy(c) if C is None or e.dtype == np.float64 else np.asarray(C, dtype=np.float64)
    # The final coefficients over the input, from one more pass with the chosen slopes.
    slopes_final = store.get(out, {})
    e.bound_rows(out, spec[:, :s], {k: v[:, :s] if v.shape[1] > 1 else
                                    e.xp.broadcast_to(v, (e.B, s) + v.shape[2:])
                                    for k, v in slopes_final.items()}, rec)
    arrays: dict[str, np.ndarray] = {}

    def put(key: str, a: np.ndarray) -> dict:
        arrays[key] = np.ascontiguousarray(to_numpy(a), dtype=np.float64)
        return {"npz_key": key}

    lo_in, hi_in = e.box
    if e.dtype != np.float64:  # the box asked for (the engine's encloses it, rounded outward)
        lo_in, hi_in = (np.asarray(to_numpy(v), dtype=np.float64).reshape(lo_in.shape)
                        for v in (lower, upper))
    nodes = []
    for nid in sorted(e.needs):  # every bound a relaxation or an interval fallback reads
        n = g.node(nid)
        if e.kind[nid] in ("input", "const"):
            continue
        rows = rows_of.get(nid, np.zeros(0, dtype=np.int64))  # host index arrays
        lo, hi = e.bounds[nid]
        nodes.append({
            "id": nid, "name": n.name, "op": n.op,
            "lower": put(f"n{nid}_lower", lo), "upper": put(f"n{nid}_upper", hi),
            "rows": None if rows is None else [int(r) for r in rows],
            "slopes": {str(k): put(f"n{nid}_s{k}", v) for k, v in store.get(nid, {}).items()},
        })
    inp = g.inputs[0]
    doc = {
        "format": FORMAT, "version": VERSION, "graph_sha256": g.sha256(),
        "method": method, "batched": e.batched,
        "input": {"node": inp, "lower": put("input_lower", lo_in),
                  "upper": put("input_upper", hi_in)},
        "output": {"node": out},
        "claim": {"C": np.asarray(c).tolist(),
                  "lower": (claim if e.batched else claim[0]).tolist()},
        "nodes": nodes,
        "final": {
            "slopes": {str(k): put(f"final_s{k}", v[:, :s] if v.shape[1] > 1 else v)
                       for k, v in slopes_final.items()},
            "A": put("final_A", rec.get(inp, np.zeros((e.B, s) + tuple(lo_in.shape[1:])))),
        },
        "rounding": {"producer_margin": margin},
        # The producer (informational: the checker re-derives everything in float64 on the CPU).
        "device": device_of(e.xp), "dtype": e.dtype.name,
        **({"semantics": semantics} if semantics != "real" else {}),
        "relaxations": sorted(CERT_RELAX),
    }
    return Certificate(doc, arrays, claim if e.batched else claim[0], np.asarray(c))

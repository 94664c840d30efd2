"""Leaf certificates for branch and bound: a batch of boxes bounded once, certified, sliced.

``certify_boxes(g, L, H, C, intermediate)`` bounds ``C @ g(x)`` over each box of a batch and returns
the claim (certified lower bounds, already rounded outward), the linear coefficients over the input
(for choosing split dimensions) and a certificate in the format of ``torchsmt.bounds.certify``
(docs/certificate.md), which ``torchsmt.formal.check_certificate`` re-checks without this package.

It is ``certify`` with one more choice, the intermediate bounds: ``"ibp"`` certifies with interval
bounds only (no backward pass per intermediate neuron: ~25x cheaper to produce and to check, tight
enough on the small boxes deep in an input-split tree) and ``"crown"`` / ``"alpha"`` as ``certify``.
Soundness never rests on this module: the checker re-derives every bound the document states.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from torchsmt.ir import Graph

from .alpha import AlphaOptions, optimize_rows
from .certificate import CERT_RELAX, FORMAT, VERSION, Certificate, _CertEngine, _outward, set_splits


class _IbpCertEngine(_CertEngine):
    """Interval bounds for every intermediate node (outward-rounded by _CertEngine)."""

    def run(self, intermediate: str = "crown", optimize: Any = None) -> None:
        super().run(intermediate="ibp", optimize=None)


@dataclass(frozen=True)
class BoxBounds:
    claim: np.ndarray  # (B, S) certified lower bounds of C @ y (outward-rounded)
    A_in: np.ndarray  # (B, S, *input_shape): CROWN's claim rows as linear functions of the input
    cert: Certificate  # batched certificate of the claim


def certify_boxes(g: Graph, L: np.ndarray, H: np.ndarray, C: np.ndarray,
                  intermediate: str = "crown", iters: int = 20, margin: float = 1e-9,
                  final_iters: int | None = None, engine: Any = None,
                  splits: list | None = None, keep: dict | None = None) -> BoxBounds:
    """Certified lower bounds of ``C @ g(x)`` on each box ``[L[b], H[b]]`` (L, H: (B, *shape)).

    ``final_iters``: alpha-CROWN iterations for the specification rows alone (default: ``iters``
    with ``intermediate="alpha"``, else 0). The rows are few, so optimizing their slopes costs a
    small fraction of the intermediate bounds' backward passes, and tightens the claim.

    ``engine(g, L, H, relax_ops)``: another _CertEngine (bab_relu's clipping one); ``splits``: its
    split constraints ``[box, node, flat_index, sign]`` (the document's "splits"); ``keep``: a dict
    that receives the engine ("engine") and the claim pass's coefficients per node ("rec").
    """
    eng = engine or (_IbpCertEngine if intermediate == "ibp" else _CertEngine)
    e = eng(g, L, H, relax_ops=CERT_RELAX)
    e.margin = margin
    opt = AlphaOptions(iters=iters if intermediate == "alpha" else 0)
    fin = opt if final_iters is None else AlphaOptions(iters=final_iters)
    store: dict[int, dict[int, np.ndarray]] = {}
    rows_of: dict[int, np.ndarray | None] = {}

    def optimize(eng_: Any, nid: int, a0: np.ndarray) -> np.ndarray:
        rows_of[nid] = eng_.rows_needed(nid)
        return optimize_rows(eng_, nid, a0, opt, store)

    e.run(optimize=optimize)
    out = g.outputs[0]
    spec = e.spec(C)
    low = optimize_rows(e, out, spec, fin, store)
    s = low.shape[1] // 2
    claim, _ = _outward(low[:, :s], -low[:, s:], margin)
    slopes_final = store.get(out, {})
    rec: dict[int, np.ndarray] = {}
    e.backward(out, spec[:, :s], {k: v[:, :s] if v.shape[1] > 1 else
                                  np.broadcast_to(v, (e.B, s) + v.shape[2:])
                                  for k, v in slopes_final.items()}, rec)
    if keep is not None:
        keep["engine"], keep["rec"] = e, rec
    arrays: dict[str, np.ndarray] = {}

    def put(key: str, a: np.ndarray) -> dict:
        arrays[key] = np.ascontiguousarray(a, dtype=np.float64)
        return {"npz_key": key}

    lo_in, hi_in = e.box
    nodes = []
    for nid in sorted(e.needs):
        if e.kind[nid] in ("input", "const"):
            continue
        rows = rows_of.get(nid, np.zeros(0, dtype=np.int64))
        lo, hi = e.bounds[nid]
        nodes.append({
            "id": nid, "name": g.node(nid).name, "op": g.node(nid).op,
            "lower": put(f"n{nid}_lower", lo), "upper": put(f"n{nid}_upper", hi),
            "rows": None if rows is None else [int(r) for r in rows],
            "slopes": {str(k): put(f"n{nid}_s{k}", v) for k, v in store.get(nid, {}).items()},
        })
    inp = g.inputs[0]
    a_in = rec.get(inp, np.zeros((e.B, s) + lo_in.shape[1:]))
    a_split = a_in
    if fin.iters and intermediate != "alpha":
        # split choices from CROWN's own coefficients: the optimized slopes' coefficients
        # chose much worse split dimensions (measured: 130 -> 881 leaves on ACAS Xu prop 3)
        rec0: dict[int, np.ndarray] = {}
        e.backward(out, spec[:, :s], None, rec0)
        a_split = rec0.get(inp, a_in)
    c2 = np.asarray(C, dtype=np.float64)
    doc = {
        "format": FORMAT, "version": VERSION, "graph_sha256": g.sha256(),
        "method": "alpha" if intermediate == "alpha" or fin.iters else "crown", "batched": True,
        "input": {"node": inp, "lower": put("input_lower", lo_in),
                  "upper": put("input_upper", hi_in)},
        "output": {"node": out},
        "claim": {"C": c2.tolist(), "lower": claim.tolist()},
        "nodes": nodes,
        "final": {"slopes": {str(k): put(f"final_s{k}", v[:, :s] if v.shape[1] > 1 else v)
                             for k, v in slopes_final.items()},
                  "A": put("final_A", a_in)},
        "rounding": {"producer_margin": margin},
        "relaxations": sorted(CERT_RELAX),
        "intermediate": intermediate,
    }
    set_splits(doc, splits or [])
    return BoxBounds(claim, a_split, Certificate(doc, arrays, claim, c2))


def slice_certificate(cert: Certificate, idx: np.ndarray) -> Certificate:
    """The certificate of the boxes ``idx`` of a batched certificate.

    Each box's bounds are derived independently of the others (a batch only shares the list of
    re-derived rows, and a row re-derived for a box that did not need it is still implied), so a
    slice of every per-box array is a certificate of those boxes.
    """
    idx = np.asarray(idx, dtype=np.int64)
    B = cert.lower.shape[0]
    arrays = {}
    doc = dict(cert.doc)
    # the final input coefficients are informational (the checker re-derives the claim): leaves
    # of high-dimensional inputs would carry S x n numbers each, so they are left out
    doc["final"] = {k: v for k, v in doc["final"].items() if k != "A"}
    for k, v in cert.arrays.items():
        if k == "final_A":
            continue
        if v.ndim == 0 or v.shape[0] != B:
            raise ValueError(f"certificate array {k} of shape {v.shape} is not per box")
        arrays[k] = v[idx]
    claim = cert.lower[idx]
    if "splits" in doc:  # keep the constraints of the boxes kept, renumbered
        pos = {int(b): j for j, b in enumerate(idx)}
        set_splits(doc, [[pos[b], n, i, s] for b, n, i, s in doc["splits"] if b in pos])
    doc["claim"] = {"C": cert.doc["claim"]["C"], "lower": claim.tolist()}
    return Certificate(doc, arrays, claim, cert.C)


__all__ = ["BoxBounds", "certify_boxes", "slice_certificate"]

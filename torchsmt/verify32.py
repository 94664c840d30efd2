"""`verify --semantics float32`: decide a VNNLIB property for the IEEE binary32 execution.

The network's meaning here is the strict binary32 executor (torchsmt.ir.float32.run_strict32:
fixed summation order, no FMA) on float32 inputs inside the property's box. So:

- ``sat`` needs a float32 input x in the exact box whose strict float32 output satisfies a
  disjunct's output polytope, checked exactly (the float32 outputs read as rationals);
- ``unsat`` needs, for every disjunct and every output polytope, a float32-sound certificate
  (``certify(..., semantics="float32")``) accepted by ``check_certificate(..., semantics=
  "float32")`` whose checked claim puts some row of A y strictly above b (exact comparison);
- otherwise ``unknown`` (no branch and bound in this mode yet) or ``timeout``.

This is where real-arithmetic verdicts and float32 ones part: a network certified in reals can
still violate its property in float32 (Jia & Rinard 2021); tests/test_verify_float32.py plants one.
"""

from __future__ import annotations

import json
import time
from fractions import Fraction
from typing import Any

import numpy as np

from torchsmt.ir import ShapeError


def _satisfies(poly: Any, y: np.ndarray) -> bool:
    """Exactly: A y <= b for every row (y's float32 values read as rationals)."""
    yq = [Fraction(float(v)) for v in np.asarray(y, dtype=np.float64).ravel()]
    for row, b in zip(poly.A_q, poly.b_q, strict=True):
        if sum(Fraction(a) * v for a, v in zip(row, yq, strict=True) if a) > b:
            return False
    return True


def _candidates(lo: np.ndarray, hi: np.ndarray, n: int, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    mid = (lo.astype(np.float64) + hi.astype(np.float64)) / 2
    pts = [lo, hi, mid.astype(np.float32)]
    pts += [np.where(rng.random(lo.shape) < 0.5, lo, hi) for _ in range(n // 4)]
    pts += [rng.uniform(lo, hi).astype(np.float32) for _ in range(n - len(pts))]
    # float32 rounding of a uniform sample can leave the box by an ulp: clip into it
    return [np.clip(p.astype(np.float32), lo, hi) for p in pts]


def verify_float32(g: Any, spec: Any, timeout: float = 60.0, *, samples: int = 256,
                   seed: int = 0) -> Any:
    """Decide ``spec`` on graph ``g`` for the binary32 execution; returns a VerifyResult."""
    from torchsmt.bounds import certify
    from torchsmt.formal import check_certificate
    from torchsmt.ir.float32 import run_strict32
    from torchsmt.verify import VerifyResult

    t0 = time.monotonic()
    deadline = t0 + float(timeout)
    shape = g.node(g.inputs[0]).shape
    # a float32 network: the strict executor needs float32 nodes
    if any(n.dtype != "f32" for n in g.nodes):
        raise ShapeError("--semantics float32 needs a float32 network (load it with dtype='f32')")

    def elapsed() -> float:
        return time.monotonic() - t0

    # 1. falsify: float32 points in the exact box, replayed by the strict executor
    for k, d in enumerate(spec.disjuncts):
        lo, hi = d.box.inner(np.float32)
        if np.any(lo > hi):
            continue  # no float32 input lies in this box: the disjunct has no float32 witness
        for x in _candidates(lo, hi, samples, seed + k):
            if time.monotonic() > deadline:
                return VerifyResult("timeout", elapsed(), "falsification ran out of time")
            y = np.asarray(run_strict32(g, x.reshape(shape)), dtype=np.float32).ravel()
            if not np.all(np.isfinite(y)):
                continue
            for poly in d.outputs:
                if _satisfies(poly, y):
                    return VerifyResult(
                        "sat", elapsed(), "float32 counterexample replayed by the strict "
                        "binary32 executor and checked exactly",
                        x=tuple(float(v) for v in x.ravel()), y=tuple(float(v) for v in y))
    # 2. prove: a float32-sound certificate per (disjunct, polytope), checked independently
    proofs, check_s = [], 0.0
    for k, d in enumerate(spec.disjuncts):
        lo, hi = d.box.outer(np.float64)
        lo, hi = lo.reshape(shape), hi.reshape(shape)
        for j, poly in enumerate(d.outputs):
            if time.monotonic() > deadline:
                return VerifyResult("timeout", elapsed(), "bounding ran out of time")
            cert = certify(g, lo, hi, C=poly.A, method="alpha", semantics="float32")
            text = cert.to_json()
            t1 = time.monotonic()
            rep = check_certificate(g, text, semantics="float32")
            check_s += time.monotonic() - t1
            if not rep.ok:
                return VerifyResult("unknown", elapsed(), f"disjunct {k}, polytope {j}: the "
                                    f"float32 certificate was not accepted ({rep.failure})",
                                    check_seconds=check_s)
            claim = json.loads(text)["claim"]["lower"]
            if not any(Fraction(float(c)) > b for c, b in zip(claim, poly.b_q, strict=True)):
                return VerifyResult("unknown", elapsed(), f"disjunct {k}, polytope {j}: "
                                    "float32-sound bounds do not exclude it (no branch and "
                                    "bound in float32 mode)", check_seconds=check_s)
            proofs.append({"disjunct": k, "polytope": j, "certificate": json.loads(text)})
    doc = json.dumps({"format": "torchsmt.float32_verdict", "version": 1,
                      "graph_sha256": g.sha256(), "semantics": "float32", "proofs": proofs})
    return VerifyResult("unsat", elapsed(), "every disjunct excluded by a checked float32-sound "
                        "certificate", certificate=doc, check_seconds=check_s)

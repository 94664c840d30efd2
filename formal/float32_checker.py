"""``check_certificate(..., semantics="float32")``: the certificate re-checked for the binary32
execution of the graph (any summation order), not only for exact reals.

The float64 checker (checker.py) re-derives every bound with its own float64 rounding bounded.
This subclass adds the binary32 execution error of every node, E (ir/float32/rounding.py, the
catalog's proved per-op bounds; gamma_K for dot products): each node's rigorous interval is
widened by E, and each linear node's backward charge gamma_k |A| (|J| m) is raised by |A| E
(through the same term: |J| m is increased by E / gamma_k, rounded up). Relu and abs are exact
in binary32 (E = 0); leaky_relu (a rounded product) and multi-argument kinks are not supported
under float32 semantics. A real-arithmetic certificate whose claim the float32 execution can
violate is rejected.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from torchsmt.ir.float32.rounding import DOT, TRANSCENDENTAL, node_error

from .checker import _Checker
from .checker_ops import Unsupported, gamma

# the catalog lemma (or axiom) behind each op's error term
_LEMMA = {"add": "add.round_rel_err_le_f32_of_finite", "sub": "sub.round_rel_err_le_f32_of_finite",
          "mul": "mul.round_rel_err_le_f32_of_finite", "div": "div.round_rel_err_le_f32_of_finite",
          "sqrt": "sqrt.round_rel_err_le_f32_of_finite",
          **{op: "f32.transcendental_ulps" for op in TRANSCENDENTAL}}


class Float32Checker(_Checker):
    def __init__(self, g: Any, doc: Any, exact: bool):
        if exact:
            raise Unsupported("semantics='float32' is checked in outward-rounded float64 "
                              "(exact=True is for real arithmetic)")
        super().__init__(g, doc, exact)

    def _mag_of(self, nid: int) -> np.ndarray:
        if nid in self.consts:
            return np.abs(np.asarray(self.consts[nid], dtype=np.float64))
        return self._m(nid)

    def _interval(self, nid: int) -> tuple[Any, Any]:
        lo, hi = super()._interval(nid)
        n, kind = self.g.node(nid), self.kind[nid]
        if kind == "kink" and n.op != "relu" and n.op != "abs":
            raise Unsupported(f"{self.label(nid)}: '{n.op}' rounds in binary32; no float32 "
                              "line check for it")
        with np.errstate(over="ignore", invalid="ignore"):
            out_mag = np.maximum(np.abs(np.asarray(lo, dtype=np.float64)),
                                 np.abs(np.asarray(hi, dtype=np.float64)))
            fwd_abs = None
            if kind == "linear":
                _, f0, _ = self.lin[nid]
                absjm = self.absjm[nid]
                t = absjm + (0.0 if f0 is None else np.abs(np.asarray(f0, dtype=np.float64)))
                fwd_abs = lambda ms: t  # noqa: E731 - |J| m (+ |offset|), already rounded up
            e = node_error(n.op, n.p, [self._mag_of(a) for a in n.args], out_mag, fwd_abs,
                           [self.g.node(a).shape for a in n.args], n.shape)
            e = np.nextafter(np.asarray(e, dtype=np.float64) * (1 + 2.0 ** -40), np.inf)
            e = np.broadcast_to(e, np.shape(lo))
            if kind == "linear" and np.any(e != 0):
                kk = self.lin[nid][2]
                gk = gamma(kk)
                if gk <= 0:
                    raise Unsupported(f"{self.label(nid)}: no float64 error term to carry E")
                self.absjm[nid] = np.nextafter(self.absjm[nid] + e / gk * (1 + 2.0 ** -40),
                                               np.inf)
            lo = np.nextafter(lo - e, -np.inf)
            hi = np.nextafter(hi + e, np.inf)
        lemma = _LEMMA.get(n.op, "sum.round_err_le_gamma_f32_of_tree" if n.op in DOT else None)
        if lemma is not None:  # exact ops (relu, data movement) rest on no rounding lemma
            self.lemmas.add(lemma)
        return np.where(np.isnan(lo), -np.inf, lo), np.where(np.isnan(hi), np.inf, hi)

"""Does a checked bound certificate prove a VNNLIB property? (``torchsmt check-cert`` with a
VNNLIB SPEC; independent of torchsmt.bounds.)

A VNNLIB spec (formal/vnnlib.py) is violated iff some disjunct has an input x in its (exact,
rational) box with f(x) in one of its polytopes A y <= b. A certificate (already accepted by
``check_certificate``) states: for every box k and every x in box k, C_k f(x) >= claim_k. It proves
the spec when, for every disjunct, one certified box contains the disjunct's exact box and, for
every polytope, some row r of A appears (coefficients exactly equal) as a row s of C_k whose
certified bound exceeds b_r exactly: then A_r f(x) >= claim > b_r, so A f(x) <= b fails. All
comparisons are exact (Fractions of the floats against the spec's rationals).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np


def vnnlib_implied(cd: Any, spec: Any) -> str | None:
    """None if certificate document ``cd`` (certificate_format.CertDoc) proves VNNLIB ``spec``
    (vnnlib.Spec), else the first reason it does not."""
    B = cd.lower_in.shape[0]
    lo_c = cd.lower_in.reshape(B, -1)
    hi_c = cd.upper_in.reshape(B, -1)
    if lo_c.shape[1] != spec.n_inputs:
        return (f"the certificate's input has {lo_c.shape[1]} entries, the property "
                f"{spec.n_inputs}")
    if cd.C.shape[2] != spec.n_outputs:
        return (f"the certificate's C has {cd.C.shape[2]} columns, the property "
                f"{spec.n_outputs} outputs")
    for i, d in enumerate(spec.disjuncts):
        lq, uq = d.box.lower_q, d.box.upper_q
        if any(a > b for a, b in zip(lq, uq, strict=True)) or not d.outputs:
            continue  # an empty input box or an empty output condition: nothing violates it
        why = _disjunct(cd, lo_c, hi_c, d, lq, uq)
        if why:
            return f"disjunct {i}: {why}"
    return None


def _covers(lo: np.ndarray, hi: np.ndarray, lq, uq) -> bool:
    return all(Fraction(float(a)) <= q for a, q in zip(lo, lq, strict=True)) and \
        all(Fraction(float(a)) >= q for a, q in zip(hi, uq, strict=True))


def _disjunct(cd: Any, lo_c, hi_c, d: Any, lq, uq) -> str | None:
    boxes = [k for k in range(lo_c.shape[0]) if _covers(lo_c[k], hi_c[k], lq, uq)]
    if not boxes:
        return ("no certified input box contains the property's input box (the certificate "
                "does not cover every input the property asks about)")
    best_msg = None
    for k in boxes:
        msg = None
        for pi, poly in enumerate(d.outputs):
            A = np.asarray(poly.A_q, dtype=np.float64).reshape(len(poly.A_q), -1)
            ok = False
            best = None
            for r in range(A.shape[0]):
                hits = np.nonzero(np.all(cd.C[k] == A[r], axis=1))[0]
                if not hits.size:
                    continue
                top = max(Fraction(float(cd.claim[k, s])) for s in hits)
                best = top if best is None or top > best else best
                if top > poly.b_q[r]:
                    ok = True
                    break
            if not ok:
                rows = "; ".join(poly.row_text(r) for r in range(A.shape[0]))
                msg = (f"polytope {pi} ({rows}) is not refuted: "
                       + ("none of its rows is a row of the certificate's C" if best is None else
                          f"the best certified lower bound of a matching row is {float(best)!r}, "
                          "not above the row's right side"))
                break
        if msg is None:
            return None
        best_msg = best_msg or msg
    return best_msg

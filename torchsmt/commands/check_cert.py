"""`torchsmt check-cert MODEL SPEC CERT [--exact]`: re-check a certificate independently.

Exit 0: the certificate is valid and proves SPEC; 1: it is not; 2: unusable input. SPEC is a spec
JSON (docs/certificate.md: an input box, C and lower bounds that must hold), another certificate,
``-`` for the certificate's own claim, or a VNNLIB property (formal/checker_spec.py: the
certified box must contain each disjunct's box and the claim must refute each polytope). A
branch-and-bound certificate (formal/bab_check.py) is dispatched to its own checker.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

SPEC_FORMAT = "torchsmt.spec"


def register(sub) -> None:
    p = sub.add_parser("check-cert", help="check a bound certificate against a model and a spec",
                       description="Check a certificate with the independent checker; exit 0 "
                                   "valid, 1 invalid, 2 unusable input.")
    p.add_argument("model", help="graph JSON, listing, or ONNX (.onnx, .onnx.gz)")
    p.add_argument("spec", help="spec JSON, a certificate, a VNNLIB property, or '-' for the "
                   "certificate's own claim")
    p.add_argument("cert", help="certificate JSON (a sidecar .npz is looked up next to it)")
    p.add_argument("--exact", action="store_true", help="exact rational arithmetic (slow)")
    p.add_argument("--semantics", choices=["real", "float32"], default="real",
                   help="float32: the claim must hold for the binary32 execution (issue 7)")
    p.set_defaults(run=run)


def read_spec(path: str):
    """(lower, upper, C, lower_bounds) from a spec JSON or a certificate; FormatError otherwise."""
    from torchsmt.formal.certificate_format import parse
    from torchsmt.ir.errors import FormatError

    text = Path(path).read_text()
    try:
        doc = json.loads(text)
    except ValueError as e:
        raise FormatError(f"{path}: not JSON ({e})") from None
    if isinstance(doc, dict) and doc.get("format") == SPEC_FORMAT:
        try:
            box = doc["input"]
            out = (np.asarray(box["lower"], dtype=np.float64),
                   np.asarray(box["upper"], dtype=np.float64),
                   np.asarray(doc["C"], dtype=np.float64),
                   np.asarray(doc["lower"], dtype=np.float64))
        except (KeyError, TypeError, ValueError) as e:
            raise FormatError(f"{path}: malformed spec ({e})") from None
        return out
    cd = parse(text, Path(path).parent)
    return cd.lower_in, cd.upper_in, cd.C, cd.claim


def implies(cd, spec) -> str | None:
    """None if the certified claim covers the spec: its box inside the certified box, each spec
    row equal to a certified row, whose certified bound is at least the spec's."""
    lo, hi, C, need = spec
    lo_c, hi_c = cd.lower_in, cd.upper_in
    if lo.size != lo_c[0].size:
        return "spec box and certificate box differ in size"
    if cd.lower_in.shape[0] != 1:
        lo, hi = lo.reshape(lo_c.shape), hi.reshape(hi_c.shape)
    else:
        lo, hi = lo.reshape(lo_c[0].shape)[None], hi.reshape(hi_c[0].shape)[None]
    if np.any(lo < lo_c) or np.any(hi > hi_c):
        return "the spec's input box is not inside the certified box"
    C = C.reshape(-1, cd.C.shape[2])
    need = np.broadcast_to(need.reshape(-1) if need.ndim <= 1 else need[0], (C.shape[0],))
    for b in range(cd.C.shape[0]):
        for i, row in enumerate(C):
            hits = np.nonzero(np.all(cd.C[b] == row, axis=1))[0]
            if not hits.size or cd.claim[b, hits].max() < need[i]:
                return f"spec row {i} (box {b}) is not certified at {need[i]!r}"
    return None


def is_vnnlib(path: str) -> bool:
    """A VNNLIB property file: by name (.vnnlib, .vnnlib.gz), or text that is not JSON and
    starts like an s-expression or a comment."""
    name = path.lower()
    if name.endswith((".vnnlib", ".vnnlib.gz")):
        return True
    if path == "-":
        return False
    try:
        head = Path(path).read_bytes()[:4096].lstrip()
    except OSError:
        return False
    return head[:1] in (b"(", b";")


def run(args) -> int:
    from torchsmt.commands.bounds import read_model
    from torchsmt.formal.certificate_format import parse
    from torchsmt.formal.checker import check_certificate

    g = read_model(args.model)
    text = Path(args.cert).read_text()
    base = Path(args.cert).parent
    vnn = is_vnnlib(args.spec)
    from torchsmt.formal.bab_check import is_bab_certificate

    if is_bab_certificate(text):  # a branch-and-bound tree proves a VNNLIB property (H10)
        if not vnn:
            from torchsmt.ir.errors import FormatError

            raise FormatError("a branch-and-bound certificate needs the VNNLIB property it "
                              "proves as SPEC")
        from torchsmt.formal.bab_check import check_cert_main

        return check_cert_main(g, args.spec, text)
    spec = None
    if vnn:
        from torchsmt.formal.vnnlib import load_vnnlib

        spec = load_vnnlib(args.spec)  # malformed: FormatError, exit 2
    rep = check_certificate(g, text, exact=args.exact, base=base,
                            semantics=getattr(args, "semantics", "real"))
    if not rep.ok:
        print(f"INVALID: {rep.failure}")
        return 2 if rep.unusable else 1
    cd = parse(text, base)
    if spec is not None:
        from torchsmt.formal.checker_spec import vnnlib_implied

        why = vnnlib_implied(cd, spec)
        if why:
            print(f"INVALID: the certificate does not prove the property: {why}")
            return 1
        print(f"VALID: the property holds (unsat): certificate checked in {rep.seconds:.3f} s "
              f"({rep.steps} backward passes); its {len(spec.disjuncts)} disjunct(s) refuted")
        return 0
    if args.spec != "-":
        why = implies(cd, read_spec(args.spec))
        if why:
            print(f"INVALID: the certificate does not prove the spec: {why}")
            return 1
    print(f"VALID: certificate checked in {rep.seconds:.3f} s ({rep.steps} backward passes"
          f"{', exact arithmetic' if args.exact else ', outward-rounded float64'}); "
          f"claim lower bounds {np.array2string(cd.claim.ravel(), precision=6)}")
    return 0

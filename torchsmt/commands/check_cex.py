"""`torchsmt check-cex MODEL PROP CEX`: is CEX (VNN-COMP format) a counterexample to PROP on MODEL?

Exact by default: the X values and the property's constants are read as exact rationals, X must
lie in the box, and the network is evaluated in rational arithmetic on its float weights. With
``--tolerance T`` (> 0) the network runs in float64 and each constraint may be missed by T.
Exit status: 0 valid, 1 invalid (the reason is printed), 2 unreadable input.
"""

from __future__ import annotations

import argparse
import re
from fractions import Fraction

_NUM = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\Z")


def _tolerance(s: str) -> Fraction:
    if not _NUM.match(s.strip()) or Fraction(s.strip()) < 0:
        raise argparse.ArgumentTypeError(f"not a non-negative decimal: {s!r}")
    return Fraction(s.strip())


def register(sub) -> None:
    p = sub.add_parser("check-cex", help="validate a counterexample against a model and property",
                       description=__doc__.split("\n\n")[1])
    p.add_argument("model", help="network: .onnx, .onnx.gz, .nnet or graph JSON")
    p.add_argument("prop", help="VNNLIB property (.vnnlib or .vnnlib.gz)")
    p.add_argument("cex", help="counterexample file: [sat] ((X_0 v) ... (Y_0 v) ...)")
    p.add_argument("--tolerance", type=_tolerance, default=Fraction(0), metavar="T",
                   help="allowed violation of each constraint; > 0 evaluates in float64 "
                        "(default 0: exact)")
    p.set_defaults(run=run)


def run(args) -> int:
    from torchsmt.formal.counterexample import check_counterexample, load_counterexample
    from torchsmt.formal.vnnlib import load_vnnlib
    from torchsmt.ir.onnx_import import load_model

    graph = load_model(args.model)
    spec = load_vnnlib(args.prop)
    cex = load_counterexample(args.cex)
    rep = check_counterexample(graph, spec, cex.x, tolerance=args.tolerance)
    print(("valid: " if rep.ok else "invalid: ") + rep.reason)
    if cex.y and len(cex.y) == len(rep.y):
        dev = max(abs(float(a - b)) for a, b in zip(cex.y, rep.y, strict=True))
        print(f"claimed Y differs from the evaluated Y by at most {dev:.3g} (not used)")
    return 0 if rep.ok else 1

"""`torchsmt verify MODEL PROP`: decide a VNNLIB property (sat / unsat / unknown / timeout).

Falsification first (random points, PGD), then certified bounds and branch and bound. ``sat`` is
printed only for a counterexample replayed in float32 and checked exactly; ``unsat`` only after the
branch-and-bound certificate passed the independent checker. Exit status: 0 sat or unsat, 1 unknown
or timeout, 2 unreadable input.
"""

from __future__ import annotations

import argparse
import sys


def _positive(s: str) -> float:
    try:
        v = float(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {s!r}") from None
    if not v > 0 or v != v or v == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds: {s!r}")
    return v


def register(sub) -> None:
    p = sub.add_parser("verify", help="decide a VNNLIB property on a network (checked answers)",
                       description=__doc__.split("\n\n")[1])
    p.add_argument("model", help="network: .onnx, .onnx.gz, .nnet or graph JSON")
    p.add_argument("prop", help="VNNLIB property (.vnnlib or .vnnlib.gz)")
    p.add_argument("--timeout", type=_positive, default=60.0, metavar="S",
                   help="wall-clock budget in seconds (default 60)")
    p.add_argument("--results", metavar="FILE",
                   help="write the VNN-COMP results file (verdict; counterexample for sat)")
    p.add_argument("--cert", metavar="FILE", help="write the checked certificate (unsat)")
    p.add_argument("--semantics", choices=["real", "float32"], default="real",
                   help="meaning of the network: exact reals on its float weights (the "
                        "certificate checker's), or the strict IEEE binary32 execution")
    p.add_argument("--quiet", action="store_true", help="no progress display")
    p.add_argument("--clock", choices=["wall", "cpu"], default="wall",
                   help="measure --timeout in wall-clock seconds (default) or in this process's "
                        "CPU seconds (benchmarking on a shared machine)")
    p.set_defaults(run=run)


def run(args) -> int:
    from torchsmt.verify import verify, write_results

    if args.semantics == "float32":
        from torchsmt.formal.vnnlib import load_vnnlib
        from torchsmt.ir.onnx_import import load_model
        from torchsmt.verify32 import verify_float32

        r = verify_float32(load_model(args.model), load_vnnlib(args.prop), timeout=args.timeout)
    else:
        r = verify(args.model, args.prop, timeout=args.timeout, progress=not args.quiet,
                   semantics=args.semantics, clock=args.clock)
    if args.results:
        write_results(r, args.results)
    if args.cert and r.certificate is not None:
        with open(args.cert, "w") as f:
            f.write(r.certificate)
    print(r.verdict)
    detail = f"{r.reason} ({r.seconds:.2f} s"
    if r.boxes:
        detail += f"; {r.boxes} boxes bounded, {r.leaves} leaves"
    if r.check_seconds:
        detail += f"; check {r.check_seconds:.2f} s"
    print(detail + ")", file=sys.stderr)
    if r.verdict == "sat":
        print(r.results_text().split("\n", 1)[1], end="")
    return 0 if r.verdict in ("sat", "unsat") else 1

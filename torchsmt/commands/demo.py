"""`torchsmt demo`: the whole product on embedded examples, one section per capability."""

from __future__ import annotations

import importlib
import time

# Explicit order; each later issue appends its section module here.
SECTIONS = (
    "frontend",   # build, compile, print and run a model
    "autodiff",   # gradients as graphs, training
    "smt",        # prove a few rules with Z3
    "bounds",     # certify a model and check the certificate
    "verify",     # verify an embedded ONNX + VNNLIB instance
    "float32",    # float32-sound bounds
    "gpu",        # the device seam
)


def register(sub) -> None:
    p = sub.add_parser("demo", help="run the product tour on embedded examples")
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    p.add_argument("--only", nargs="*", help="run only these sections")
    p.set_defaults(run=run)


def run(args) -> int:
    for name in SECTIONS:
        if args.only and name not in args.only:
            continue
        try:
            mod = importlib.import_module(f"torchsmt.demo_parts.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"torchsmt.demo_parts.{name}":
                continue
            raise
        print(f"== {name} ==")
        t0 = time.perf_counter()
        mod.run(print, args.device)
        print(f"   ({time.perf_counter() - t0:.2f} s)")
    return 0

"""`torchsmt bounds MODEL (--input-box LO HI | --eps E --center FILE) [--method ibp|crown|alpha]`.

Prints the bounds of each output (or of each row of ``--spec``'s C) over the input box and, with
``--cert FILE``, writes a certificate that ``torchsmt check-cert`` re-checks.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


def register(sub) -> None:
    p = sub.add_parser("bounds", help="bound a model's outputs over an input box",
                       description="Bound a model's outputs (or C @ outputs) over an input box "
                                   "with IBP, CROWN or alpha-CROWN.")
    p.add_argument("model", help="graph JSON (ts.ir.save), ONNX (.onnx, .onnx.gz), .nnet, or a "
                   "listing")
    box = p.add_mutually_exclusive_group(required=True)
    box.add_argument("--input-box", nargs=2, metavar=("LO", "HI"),
                     help="box ends: numbers (every input entry) or files (.npy, JSON or text)")
    box.add_argument("--eps", type=float, help="L-infinity radius around --center")
    p.add_argument("--center", help="centre point file (.npy, JSON or whitespace text)")
    p.add_argument("--method", choices=["ibp", "crown", "alpha"], default="crown")
    p.add_argument("--spec", help="spec JSON with a matrix C (bounds of C @ output)")
    p.add_argument("--iters", type=int, default=20, help="alpha-CROWN iterations")
    p.add_argument("--cert", help="write a certificate of the lower bounds to this file")
    p.add_argument("--device", choices=["cpu", "cuda"], default="cpu",
                   help="where the bounds are computed (cuda: CuPy; untrusted, the certificate "
                        "is re-checked on the CPU by check-cert)")
    p.add_argument("--dtype", choices=["float64", "float32"], default="float64",
                   help="arithmetic of the bound computation")
    p.set_defaults(run=run)


def read_model(path: str | Path):
    """A graph from graph JSON, ONNX (.onnx, .onnx.gz) or .nnet (ir.onnx_import.load_model), or
    a listing."""
    from torchsmt.commands.graph import read_graph

    name = str(path).lower()
    if name.endswith((".onnx", ".onnx.gz", ".nnet", ".json")):
        from torchsmt.ir.onnx_import import load_model

        return load_model(path)
    return read_graph(path)


def read_array(spec: str, shape: tuple[int, ...]) -> np.ndarray:
    """A number (broadcast to ``shape``) or an array file of ``shape``'s size."""
    from torchsmt.ir.errors import FormatError

    try:
        return np.full(shape, float(spec))
    except ValueError:
        pass
    path = Path(spec)
    if path.suffix == ".npy":
        a = np.load(path, allow_pickle=False)
    else:
        text = path.read_text()
        try:
            a = np.asarray(json.loads(text), dtype=np.float64)
        except ValueError:
            try:
                a = np.asarray(text.split(), dtype=np.float64)
            except ValueError:
                raise FormatError(f"{spec}: not a number list") from None
    a = np.asarray(a, dtype=np.float64)
    if a.size != int(np.prod(shape, dtype=np.int64)):
        raise FormatError(f"{spec}: {a.size} values, the input has {int(np.prod(shape))}")
    return a.reshape(shape)


def read_spec_c(path: str | None):
    from torchsmt.ir.errors import FormatError

    if path is None:
        return None
    try:
        doc = json.loads(Path(path).read_text())
        return np.asarray(doc["C"], dtype=np.float64)
    except (ValueError, KeyError, TypeError) as e:
        raise FormatError(f"{path}: spec JSON needs a numeric matrix 'C' ({e})") from None


def input_box(args, g) -> tuple[np.ndarray, np.ndarray]:
    from torchsmt.ir.errors import FormatError

    shape = g.node(g.inputs[0]).shape
    if args.input_box:
        return read_array(args.input_box[0], shape), read_array(args.input_box[1], shape)
    if args.center is None:
        raise FormatError("--eps needs --center FILE")
    c = read_array(args.center, shape)
    return c - args.eps, c + args.eps


def run(args) -> int:
    import torchsmt.bounds as tb
    from torchsmt.gpu import get_xp

    dev = {"device": getattr(args, "device", "cpu"), "dtype": getattr(args, "dtype", "float64")}
    get_xp(dev["device"])  # DeviceUnavailableError (one line, exit 2) before any work
    g = read_model(args.model)
    lo, hi = input_box(args, g)
    C = read_spec_c(args.spec)
    if args.method == "ibp":
        r = tb.ibp(g, lo, hi, C=C, **dev)
    elif args.method == "crown":
        r = tb.crown(g, lo, hi, C=C, **dev)
    else:
        r = tb.alpha_crown(g, lo, hi, C=C, iters=args.iters, **dev)
    what = "row" if C is not None else "output"
    for i, (l, u) in enumerate(zip(np.ravel(r.lower), np.ravel(r.upper), strict=True)):
        print(f"{what} {i}: [{l:.9g}, {u:.9g}]")
    if args.cert:
        cert = tb.certify(g, lo, hi, C=C, method="crown" if args.method != "alpha" else "alpha",
                          iters=args.iters, **dev)
        Path(args.cert).write_text(cert.to_json())
        print(f"certificate written to {args.cert} (claim: lower bounds "
              f"{np.array2string(np.ravel(cert.lower), precision=6)})")
    return 0

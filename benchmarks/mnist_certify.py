"""Single-box certification on mnist_fc (TorchLean's comparison: CROWN and alpha, no search).

    python benchmarks/mnist_certify.py [--net 256x2] [--iters 20] [--threads 1]

For every mnist_fc instance of the net: one certificate over the whole input box with CROWN
(``single_box(..., "crown")``) and one with alpha-CROWN, each checked by the independent
branch-and-bound checker (``check_bab_certificate``: the certificate re-derived, the box and the
output rows matched exactly against the VNNLIB text). An instance counts as certified only when
the checker accepts. Times are wall seconds of producing plus checking, summed over the instances;
TorchLean (arXiv 2602.22631) reports 6/30 (CROWN) and 13/30 (alpha, imported) certified on
mnist-net_256x2, in 13.21 s for its 30 instances.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO.parent / "shared" / "benchmarks" / "mnist_fc"


def _file(p: Path) -> Path:
    return p if p.exists() else Path(str(p) + ".gz")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--net", default="256x2")
    ap.add_argument("--iters", type=int, default=20)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[k] = str(args.threads)
    if not ROOT.is_dir():
        print(f"{ROOT} is absent")
        return 2
    import numpy as np

    from torchsmt.bounds.bab import single_box
    from torchsmt.formal.bab_check import check_bab_certificate
    from torchsmt.formal.vnnlib import load_vnnlib
    from torchsmt.ir.onnx_import import load_model
    from torchsmt.verify import _polys, bab_certificate_text

    rows = []
    with open(ROOT / "instances.csv", newline="") as fh:
        for r in csv.reader(fh):
            if r and f"mnist-net_{args.net}." in r[0]:
                rows.append((r[0], r[1]))
    g = load_model(_file(ROOT / rows[0][0]))
    shape = g.node(g.inputs[0]).shape
    n_out = int(np.prod(g.node(g.outputs[0]).shape))
    tot = {"crown": [0, 0.0], "alpha": [0, 0.0]}
    print(f"{'property':22} {'crown':>14} {'alpha':>14}")
    for _onnx, prop in rows:
        spec = load_vnnlib(_file(ROOT / prop))
        cells = []
        for method in ("crown", "alpha"):
            t = time.perf_counter()
            proofs, ok = [], True
            for d in spec.disjuncts:
                lo, hi = d.box.outer(np.float64)
                out = single_box(g, lo.reshape(shape), hi.reshape(shape), _polys(d, n_out),
                                 method, iters=args.iters)
                if out.status != "refuted":
                    ok = False
                    break
                proofs.append((out.tree, out.chunks))
            if ok:
                rep = check_bab_certificate(g, spec, bab_certificate_text(g.sha256(), proofs))
                ok = rep.ok
            dt = time.perf_counter() - t
            tot[method][0] += ok
            tot[method][1] += dt
            cells.append(f"{'yes' if ok else 'no':>4} {dt:7.2f} s")
        print(f"{Path(prop).name:22} {cells[0]:>14} {cells[1]:>14}")
    for m, (k, s) in tot.items():
        print(f"{m}: {k}/{len(rows)} certified and checked, {s:.2f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())

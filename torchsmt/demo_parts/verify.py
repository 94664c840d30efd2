"""Demo section: verify the embedded ACAS Xu network against two VNNLIB properties."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
NET = DATA / "ACASXU_experimental_v2a_1_1.nnet"


def run(say: Callable[[str], None], device: str = "cpu") -> None:
    from torchsmt.formal.bab_check import check_bab_certificate
    from torchsmt.formal.vnnlib import load_vnnlib
    from torchsmt.ir.nnet import load_nnet
    from torchsmt.verify import verify

    g = load_nnet(NET)
    say(f"network: ACAS Xu 1_1 ({NET.name}, CC BY 4.0), {len(g.nodes)} nodes")
    for name in ("acasxu_demo_unsat.vnnlib", "acasxu_demo_sat.vnnlib"):
        spec = load_vnnlib(DATA / name)
        r = verify(g, spec, timeout=60)
        say(f"verify {name}: {r.verdict} in {r.seconds:.2f} s ({r.reason})")
        if r.verdict == "unsat":
            rep = check_bab_certificate(g, spec, r.certificate)
            say(f"   certificate: {r.leaves} leaf boxes tiling the input box; re-checked "
                f"independently: {'accepted' if rep.ok else 'REJECTED: ' + str(rep.failure)} "
                f"({rep.seconds:.2f} s)")
        elif r.verdict == "sat":
            xs = ", ".join(f"{v:.4g}" for v in r.x)
            say(f"   counterexample X = ({xs}); replayed in float32, checked exactly")
    relu_split_demo(say)


def relu_split_demo(say: Callable[[str], None]) -> None:
    """ReLU splitting on a 4-16-16-2 net: whole-box CROWN misses, the split tree refutes, and the
    conditional leaf certificates pass the independent checker."""
    import time

    import numpy as np

    from torchsmt.bounds.bab import single_box
    from torchsmt.bounds.bab_relu import ReluOptions, relu_split
    from torchsmt.formal.bab_check import check_bab_certificate
    from torchsmt.formal.vnnlib import parse_vnnlib
    from torchsmt.ir import GraphBuilder
    from torchsmt.verify import bab_certificate_text

    rng = np.random.default_rng(1)
    b = GraphBuilder(dtype="f32")
    h = b.input((4,), name="x")
    dims = (4, 16, 16, 2)
    for i in range(3):
        w = (rng.normal(size=dims[i:i + 2]) / np.sqrt(dims[i])).astype(np.float32)
        c = (rng.normal(size=dims[i + 1]) * 0.1).astype(np.float32)
        h = b.add(b.matmul(h, b.const(w)), b.const(c))
        h = b.relu(h) if i < 2 else h
    g = b.build(h)
    t = -0.45  # Y_0's minimum over the box is about -0.33 (100,000 samples)
    text = ("".join(f"(declare-const X_{i} Real)" for i in range(4))
            + "(declare-const Y_0 Real)(declare-const Y_1 Real)"
            + "".join(f"(assert (>= X_{i} -1))(assert (<= X_{i} 1))" for i in range(4))
            + f"(assert (<= Y_0 {t}))")
    spec = parse_vnnlib(text)
    d = spec.disjuncts[0]
    lo, hi = d.box.outer(np.float64)
    polys = [(np.asarray(p.A, np.float64), np.asarray(p.b, np.float64)) for p in d.outputs]
    whole = single_box(g, lo, hi, polys, "crown")
    t0 = time.perf_counter()
    out = relu_split(g, lo, hi, polys, time.monotonic() + 30, ReluOptions(batch=8))
    t1 = time.perf_counter()
    if out.status != "refuted":
        say(f"ReLU splitting on a 4-16-16-2 net: {out.status} ({out.reason})")
        return
    rep = check_bab_certificate(g, spec, bab_certificate_text(g.sha256(), [(out.tree,
                                                                              out.chunks)]))
    say(f"ReLU splitting, 4-16-16-2 net, Y_0 > {t} on [-1, 1]^4: whole-box CROWN "
        f"{'refutes' if whole.status == 'refuted' else 'misses'} ({whole.reason or 'ok'}); "
        f"{out.leaves} leaves, {sum('relu_split' in n for n in out.tree)} neuron splits in "
        f"{t1 - t0:.2f} s; conditional certificates re-checked: "
        f"{'accepted' if rep.ok else 'REJECTED: ' + str(rep.failure)} ({rep.seconds:.2f} s)")

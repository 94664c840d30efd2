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

"""Demo section: real-arithmetic bounds miss the float32 execution; float32-sound ones do not."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def run(say: Callable[[str], None], device: str = "cpu") -> None:
    from torchsmt.bounds import certify, crown
    from torchsmt.formal import check_certificate
    from torchsmt.formal.float32_cex import falsify32
    from torchsmt.ir import GraphBuilder
    from torchsmt.ir.float32 import run_strict32

    # y = relu(x + 2^-25) - relu(x) on x in [1, 1 + 2^-20]: 2^-25 in reals, 0 in binary32.
    b = GraphBuilder(dtype="f32")
    x = b.input((1,))
    h = b.op("linear", x, b.const(np.ones((2, 1))), b.const(np.array([2.0 ** -25, 0.0])),
             transB=1)
    g = b.build(b.op("matmul", b.op("relu", h), b.const(np.array([[1.0], [-1.0]]))))
    lo, hi = np.array([1.0]), np.array([1.0 + 2.0 ** -20])
    y32 = run_strict32(g, lo.astype(np.float32))[0]
    real, f32 = crown(g, lo, hi), crown(g, lo, hi, semantics="float32")
    say(f"planted net y = relu(x + 2^-25) - relu(x), x in [1, 1+2^-20]; float32 y(1) = {y32}")
    say(f"  CROWN (reals)   : [{real.lower[0]:.3e}, {real.upper[0]:.3e}]  misses it")
    say(f"  CROWN (float32) : [{f32.lower[0]:.3e}, {f32.upper[0]:.3e}]  contains it")
    cert = certify(g, lo, hi, C=np.array([[1.0]]), method="crown", margin=1e-6).to_json()
    ok_r = check_certificate(g, cert).ok
    ok_f = check_certificate(g, cert, semantics="float32").ok
    say(f"  certificate 'y > 0': real check {'accepted' if ok_r else 'rejected'}, "
        f"float32 check {'accepted' if ok_f else 'rejected'}")
    cex = falsify32(g, lo, hi, np.array([[1.0]]), np.array([0.0]) + 2.0 ** -26)
    if cex is not None:
        say(f"  float32 counterexample to y >= 2^-26: x = {float(cex.x[0])}, y = {cex.y[0]} "
            "(replayed by the strict binary32 executor)")

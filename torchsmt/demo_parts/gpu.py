"""Demo: the device seam. CROWN runs on the GPU (CuPy) through the same ``xp`` code paths as on the
CPU; its certificate, produced there in float32, is accepted only after the CPU checker re-derives
it in float64 (docs/trust.md).

``torchsmt demo --device cuda`` without CUDA prints one line saying CUDA is absent (and why) and
runs the CPU half of this section; the demo still exits 0, like every other section (the demo
is a tour, not a probe: ``torchsmt bounds --device cuda`` exits 2 with the same line).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np


def _model(width: int = 64, depth: int = 3):
    from torchsmt.ir import GraphBuilder

    rng = np.random.default_rng(1)
    b = GraphBuilder()
    h = b.input((1, 32), name="x")
    n_in = 32
    for i in range(depth):
        w = rng.normal(size=(n_in, width)) * np.sqrt(2 / n_in)
        h = b.op("relu", b.op("linear", h, b.const(w), b.const(rng.normal(size=width) * 0.05)),
                 node_name=f"relu{i}")
        n_in = width
    out = b.op("linear", h, b.const(rng.normal(size=(n_in, 4)) * np.sqrt(2 / n_in)),
               b.const(np.zeros(4)))
    return b.build(out)


def run(say: Callable[[str], None], device: str = "cpu") -> None:
    import torchsmt.bounds as tb
    from torchsmt.formal import check_certificate
    from torchsmt.gpu import cuda_available, cuda_unavailable_reason

    g = _model()
    x0 = np.linspace(-1, 1, 32).reshape(1, 32)
    lo, hi = x0 - 0.02, x0 + 0.02
    C = np.array([[1.0, -1.0, 0.0, 0.0], [1.0, 0.0, -1.0, 0.0]])
    use = device
    if device != "cpu" and not cuda_available():
        say(f"   CUDA is absent ({cuda_unavailable_reason()}); running this section on the CPU")
        use = "cpu"
    t0 = time.perf_counter()
    ref = tb.crown(g, lo, hi, C=C)
    t_ref = time.perf_counter() - t0
    t0 = time.perf_counter()
    r64 = tb.crown(g, lo, hi, C=C, device=use)
    t64 = time.perf_counter() - t0
    r32 = tb.crown(g, lo, hi, C=C, device=use, dtype="float32")
    d64 = float(np.max(np.abs(r64.lower - ref.lower)))
    d32 = float(np.max(np.abs(r32.lower - ref.lower) / np.maximum(1.0, np.abs(ref.lower))))
    say(f"   CROWN on {use}: lower bounds {np.array2string(r64.lower, precision=4)} "
        f"({t64 * 1e3:.1f} ms; NumPy reference {t_ref * 1e3:.1f} ms); max |diff| float64 "
        f"{d64:.1e}, float32 relative {d32:.1e}")
    cert = tb.certify(g, lo, hi, C=C, method="crown", device=use, dtype="float32")
    rep = check_certificate(g, cert.to_json())
    say(f"   certificate produced on {rep.device} in {rep.dtype}, re-checked on the CPU in "
        f"float64: {'VALID' if rep.ok else 'INVALID: ' + str(rep.failure)}")

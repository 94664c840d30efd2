"""Demo: bound a small ReLU net, certify a margin, check the certificate, reject a tampered one."""

from __future__ import annotations

import json

import numpy as np


def _model():
    from torchsmt.ir import GraphBuilder

    rng = np.random.default_rng(0)
    b = GraphBuilder()
    h = b.input((1, 4), name="x")
    for i, (n_in, n_out) in enumerate([(4, 16), (16, 16), (16, 3)]):
        w = rng.normal(size=(n_in, n_out)) * np.sqrt(2 / n_in)
        h = b.op("linear", h, b.const(w, name=f"W{i}"), b.const(rng.normal(size=n_out) * 0.1))
        if i < 2:
            h = b.op("relu", h, node_name=f"relu{i}")
    return b.build(h)


def run(say, device: str = "cpu") -> None:
    import torchsmt.bounds as tb
    from torchsmt.formal import check_certificate

    g = _model()
    x0 = np.array([[0.5, -0.2, 0.1, 0.8]])
    lo, hi = x0 - 0.05, x0 + 0.05
    label = int(np.argmax(g.run(x0)))
    C = np.delete(np.eye(3)[label] - np.eye(3), label, axis=0)  # margins y_label - y_j
    for name, f in (("IBP", tb.ibp), ("CROWN", tb.crown), ("alpha-CROWN", tb.alpha_crown)):
        r = f(g, lo, hi, C=C)
        say(f"   {name:12s} margin lower bounds {np.array2string(r.lower, precision=4)}")
    cert = tb.certify(g, lo, hi, C=C, iters=10)
    text = cert.to_json()
    rep = check_certificate(g, text)
    say(f"   certificate ({len(text) // 1024} KiB): class {label} robust for eps=0.05: "
        f"{bool(np.all(cert.lower > 0))}; independent check: {'VALID' if rep.ok else 'INVALID'} "
        f"in {rep.seconds * 1e3:.1f} ms")
    doc = json.loads(text)
    doc["claim"]["lower"][0] += 0.5
    bad = check_certificate(g, json.dumps(doc))
    say(f"   tampered claim: {'VALID' if bad.ok else 'INVALID'} ({bad.failure})")

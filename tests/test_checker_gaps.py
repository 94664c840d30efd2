"""Former checker gaps: MatMul(W, x) with the constant weight first, and a relu as the output node
(tests/test_verify_bench.py's test_tiny/test_small and test_nano). The rule is tested against an
independent NumPy reference and by sampling; tampered certificates are rejected."""

from __future__ import annotations

import json

import numpy as np
import pytest
from cert_arrays import array_doc, read_array

import torchsmt.bounds as tb
from torchsmt.formal.checker import check_certificate
from torchsmt.formal.checker_ops import linear_terms
from torchsmt.ir import GraphBuilder
from torchsmt.ir.interp import run


def _left_net(xshape, seed=2, out_relu=False):
    """x -> relu(W0 @ x + b0) -> W1 @ h (+ relu): the weights first, as in the ONNX test nets."""
    rng = np.random.default_rng(seed)
    b = GraphBuilder()
    x = b.input(xshape, name="x")
    q = xshape[0] if len(xshape) == 1 else xshape[-2]
    bias_shape = (6,) if len(xshape) == 1 else (6, xshape[-1])
    h = b.relu(b.add(b.matmul(b.const(rng.normal(size=(6, q)), "W0"), x),
                     b.const(rng.normal(size=bias_shape) * 0.2, "b0")))
    y = b.matmul(b.const(rng.normal(size=(3, 6)), "W1"), h)
    if len(xshape) > 1:
        y = b.flatten(y, start_dim=0)
    if out_relu:
        y = b.relu(y)
    return b.build(y)


def _samples(g, lo, hi, n=3000, seed=0):
    rng = np.random.default_rng(seed)
    xs = rng.uniform(lo, hi, size=(n,) + lo.shape)
    return np.stack([np.asarray(run(g, x), dtype=np.float64).reshape(-1) for x in xs])


@pytest.mark.parametrize("xshape", [(4,), (4, 2), (3, 4, 2)])
def test_matmul_left_terms_match_reference(xshape):
    """The checker's Term for W @ x: forward = NumPy's W @ x, backward = its transpose, and the
    sign parts add up."""
    rng = np.random.default_rng(1)
    b = GraphBuilder()
    x = b.input(xshape)
    w = rng.normal(size=(5, xshape[0] if len(xshape) == 1 else xshape[-2]))
    y = b.matmul(b.const(w), x)
    g = b.build(y)
    n = g.node(y)
    consts = {a: np.asarray(g.consts[a], dtype=np.float64) for a in n.args if a in g.consts}
    terms, f0, k = linear_terms(g, n, consts, 0.0)
    assert f0 is None and len(terms) == 1 and terms[0].arg == 1
    t = terms[0]
    xs = rng.normal(size=(7,) + xshape)
    ref = np.stack([w @ v for v in xs])
    assert ref.shape[1:] == n.shape
    np.testing.assert_allclose(t.fwd(xs, "plain"), ref, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(t.fwd(xs, "pos") + t.fwd(xs, "neg"), ref, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(t.fwd(np.abs(xs), "abs"),
                               np.stack([np.abs(w) @ np.abs(v) for v in xs]), rtol=1e-12)
    A = rng.normal(size=(7,) + n.shape)
    lhs = (A * t.fwd(xs, "plain")).reshape(7, -1).sum(1)
    rhs = (t.back(A) * xs).reshape(7, -1).sum(1)
    np.testing.assert_allclose(lhs, rhs, rtol=1e-10)
    assert k >= w.shape[1] and k >= w.shape[0]


@pytest.mark.parametrize("xshape", [(4,), (4, 2)])
@pytest.mark.parametrize("out_relu", [False, True])
@pytest.mark.parametrize("method", ["crown", "alpha"])
def test_weight_first_certificates_accepted_and_sound(xshape, out_relu, method):
    g = _left_net(xshape, out_relu=out_relu)
    lo, hi = -np.ones(xshape), np.ones(xshape)
    n_out = int(np.prod(g.node(g.outputs[0]).shape))
    C = np.eye(n_out)[:3] - np.eye(n_out)[3 % n_out]
    cert = tb.certify(g, lo, hi, C=C, method=method, iters=5)
    text = cert.to_json()
    rep = check_certificate(g, text)
    assert rep.ok, rep.failure
    ys = _samples(g, lo, hi)
    m = (ys @ C.T).min(axis=0)
    claim = np.array(json.loads(text)["claim"]["lower"])
    assert np.all(claim <= m + 1e-9)  # the accepted claim is true on the samples
    # claims raised above a sampled value are rejected (float and exact mode)
    for s in range(C.shape[0]):
        d = json.loads(text)
        d["claim"]["lower"][s] = float(m[s]) + 1e-6
        rep = check_certificate(g, json.dumps(d))
        assert not rep.ok and "claim row" in rep.failure
    if xshape == (4,):
        assert check_certificate(g, text, exact=True).ok


def test_weight_first_tampered_bounds_rejected():
    g = _left_net((4,))
    lo, hi = -np.ones(4), np.ones(4)
    cert = tb.certify(g, lo, hi, C=np.eye(3), method="crown")
    doc = json.loads(cert.to_json())

    rng = np.random.default_rng(5)
    rejected = 0
    for _ in range(40):
        d = json.loads(json.dumps(doc))
        nd = d["nodes"][rng.integers(len(d["nodes"]))]
        key = rng.choice(["lower", "upper"])
        a = read_array(nd[key])
        i = rng.integers(a.size)
        a.flat[i] += (0.05 + rng.random()) * (1 if key == "lower" else -1)  # tighter
        nd[key] = array_doc(a)
        rep = check_certificate(g, json.dumps(d))
        rejected += not rep.ok
        if not rep.ok:
            assert "not implied" in rep.failure or "claim" in rep.failure, rep.failure
    assert rejected >= 35  # (a tightening may rarely still be implied by the backward pass)


def test_unstable_output_relu_slopes_accepted():
    """The output node a relu whose input straddles 0: the claim pass starts at a kink."""
    g = _left_net((4,), out_relu=True)
    lo, hi = -np.ones(4), np.ones(4)
    cert = tb.certify(g, lo, hi, C=np.eye(3), method="alpha", iters=5)
    doc = json.loads(cert.to_json())
    out = str(g.outputs[0])
    assert out in doc["final"]["slopes"]
    assert check_certificate(g, cert.to_json()).ok
    d = json.loads(cert.to_json())
    # a slope outside [0, 1] at the output relu is refused
    a = read_array(d["final"]["slopes"][out])
    a[...] = 1.5
    d["final"]["slopes"][out] = array_doc(a)
    rep = check_certificate(g, json.dumps(d))
    assert not rep.ok and "outside" in rep.failure, rep.failure

"""Branch-and-bound certificates: a real one is accepted, every kind of tampering is rejected."""

from __future__ import annotations

import json
import re
import time

import numpy as np
import pytest
from cert_arrays import array_doc, read_array

from torchsmt.bounds.bab import BabOptions, input_split
from torchsmt.formal.bab_check import check_bab_certificate, is_bab_certificate
from torchsmt.formal.vnnlib import parse_vnnlib
from torchsmt.ir import GraphBuilder
from torchsmt.verify import bab_certificate_text, verify


def tiny_mlp(seed: int = 3):
    """2 -> 8 -> 8 -> 2 ReLU MLP with fixed weights (f32, like the ONNX nets)."""
    rng = np.random.default_rng(seed)
    b = GraphBuilder(dtype="f32")
    x = b.input((2,), name="x")
    h = x
    for i, (m, n) in enumerate([(2, 8), (8, 8)]):
        h = b.relu(b.add(b.matmul(h, b.const(rng.normal(size=(m, n)), f"W{i}")),
                         b.const(rng.normal(size=n) * 0.1, f"b{i}")))
    y = b.add(b.matmul(h, b.const(rng.normal(size=(8, 2)), "W2")), b.const([0.5, 0.0], "b2"))
    return b.build(y)


def prop(threshold: str) -> str:
    # violated iff some x in [-1, 1]^2 gives Y_0 - Y_1 <= threshold ... written as Y_0 <= Y_1 + t
    # is not linear in VNNLIB 1.0 with a constant offset, so use two atoms on Y_0 and Y_1 instead
    return ("(declare-const X_0 Real)(declare-const X_1 Real)"
            "(declare-const Y_0 Real)(declare-const Y_1 Real)"
            "(assert (>= X_0 -1))(assert (<= X_0 1))(assert (>= X_1 -1))(assert (<= X_1 1))"
            f"(assert (<= Y_0 {threshold}))")


def unsat_threshold(g) -> str:
    """A threshold a little below the true minimum of Y_0 over the box (dense sampling), so the
    property holds but needs a few splits."""
    xs = np.stack(np.meshgrid(np.linspace(-1, 1, 401), np.linspace(-1, 1, 401)), -1).reshape(-1, 2)
    from torchsmt.bounds.bab_attack import batched_run

    y = batched_run(g, [xs.astype(np.float32)])[0]
    return f"{float(y[:, 0].min()) - 0.05:.6f}"


@pytest.fixture(scope="module")
def case():
    g = tiny_mlp()
    spec = parse_vnnlib(prop(unsat_threshold(g)))
    d = spec.disjuncts[0]
    polys = [(p.A, p.b) for p in d.outputs]
    out = input_split(g, d.box.lower, d.box.upper, polys, time.monotonic() + 60,
                      BabOptions(batch=4))
    assert out.status == "refuted", out.reason
    assert out.leaves >= 3  # the tamper tests need a real tree
    text = bab_certificate_text(g.sha256(), [(out.tree, out.chunks)])
    return g, spec, text


def test_real_certificate_accepted(case):
    g, spec, text = case
    assert is_bab_certificate(text)
    rep = check_bab_certificate(g, spec, text)
    assert rep.ok, rep.failure
    assert rep.leaves >= 3


def _tamper(text, fn):
    doc = json.loads(text)
    fn(doc)
    return json.dumps(doc)


def _first(tree, key):
    return next(i for i, n in enumerate(tree) if key in n)


@pytest.mark.parametrize("what,fn,reason", [
    ("missing leaf", lambda d: d["disjuncts"][0]["tree"].pop(), "missing"),
    ("leaf to absent chunk", lambda d: d["disjuncts"][0]["tree"][
        _first(d["disjuncts"][0]["tree"], "leaf")].update(leaf=[99, 0]), "missing"),
    ("split outside range", lambda d: d["disjuncts"][0]["tree"][0].update(at=5.0), "outside"),
    ("split moved (overlap/uncovered)", lambda d: d["disjuncts"][0]["tree"][0].update(
        at=d["disjuncts"][0]["tree"][0]["at"] + 0.25), "does not contain"),
    ("leaf pointing at another box", lambda d: _swap_leaves(d["disjuncts"][0]["tree"]),
     "does not contain"),
    ("wrong leaf bound", lambda d: _raise_claim(d["disjuncts"][0]["chunks"][0]), "claim"),
    ("weak leaf bound", lambda d: _lower_claim(d["disjuncts"][0]["chunks"][0]), "not refuted"),
    ("wrong rows", lambda d: d["disjuncts"][0]["chunks"][0]["claim"].update(
        C=[[0.0, 1.0]]), "polytope rows"),
    ("shrunk leaf box", lambda d: _shrink_box(d["disjuncts"][0]["chunks"][0]), "does not contain"),
    ("node reached twice", lambda d: d["disjuncts"][0]["tree"][0].update(
        children=[d["disjuncts"][0]["tree"][0]["children"][0]] * 2), "twice|outside"),
    ("cycle", lambda d: d["disjuncts"][0]["tree"][0].update(children=[0, 1]), "larger ids"),
    ("no disjunct", lambda d: d["disjuncts"].clear(), "disjunct"),
    ("other network", lambda d: d.update(graph_sha256="0" * 64), "hash"),
    ("empty claim", lambda d: d["disjuncts"][0]["tree"][0].clear(), "neither"),
    ("vacuous claim", lambda d: d["disjuncts"][0].update(tree=[{"vacuous": True}]), "vacuous"),
    ("empty box claim", lambda d: d["disjuncts"][0].update(tree=[{"empty": True}]), "not empty"),
])
def test_tampering_rejected(case, what, fn, reason):
    g, spec, text = case
    rep = check_bab_certificate(g, spec, _tamper(text, fn))
    assert not rep.ok, what
    assert re.search(reason, rep.failure), (what, rep.failure)


def _leaves(tree):
    return [i for i, n in enumerate(tree) if "leaf" in n]


def _swap_leaves(tree):
    a, b = _leaves(tree)[:2]
    tree[a]["leaf"], tree[b]["leaf"] = tree[b]["leaf"], tree[a]["leaf"]


def _raise_claim(chunk):
    chunk["claim"]["lower"][0][0] += 1.0


def _lower_claim(chunk):
    chunk["claim"]["lower"][0][0] = -1e6


def _shrink_box(chunk):
    a = read_array(chunk["input"]["upper"])
    a -= 0.01  # the box no longer reaches the leaf's upper edge
    chunk["input"]["upper"] = array_doc(a)


def test_garbage_rejected(case):
    g, spec, _ = case
    for bad in ("", "[]", "{}", '{"format": "torchsmt.bab_certificate", "version": 7}', "nan"):
        rep = check_bab_certificate(g, spec, bad)
        assert not rep.ok


def test_other_spec_rejected(case):
    g, _, text = case
    harder = parse_vnnlib(prop("100"))  # violated everywhere: the leaves do not refute it
    rep = check_bab_certificate(g, harder, text)
    assert not rep.ok and "not refuted" in rep.failure


def test_verify_tiny_both_ways():
    g = tiny_mlp()
    thr = float(unsat_threshold(g))
    r = verify(g, parse_vnnlib(prop(f"{thr:.6f}")), timeout=60)
    assert r.verdict == "unsat" and r.certificate and r.leaves >= 1
    r = verify(g, parse_vnnlib(prop(f"{thr + 0.1:.6f}")), timeout=60)
    assert r.verdict == "sat"
    assert r.results_text().startswith("sat\n((X_0 ")


def test_output_size_mismatch_rejected(case):
    g, _, text = case
    wide = parse_vnnlib(prop("0").replace("(declare-const Y_1 Real)",
                                          "(declare-const Y_1 Real)(declare-const Y_2 Real)"))
    rep = check_bab_certificate(g, wide, text)
    assert not rep.ok and "outputs" in rep.failure


def test_split_dims_prefers_scores_but_splits_starved_wide_dimensions():
    import numpy as np

    from torchsmt.bounds.bab import FLOOR, RATIO, _split_dims

    A = np.array([[[1.0, 0.5, 0.0]]])  # one box, one row; coefficients per input dimension
    claim, b, groups = np.array([[-1.0]]), np.array([0.0]), [slice(0, 1)]
    w0 = np.ones((1, 3))
    # plain rule: |coefficient| * width
    assert _split_dims(A, claim, b, groups, np.array([[1.0, 1.0, 1.0]]), w0)[0] == 0
    # dimension 1 is RATIO times wider (relatively) than the chosen one, and still scores
    # above FLOOR of it: split it instead
    w = np.array([[0.5 / (2 * RATIO), 1.0, 1.0]])
    assert 0.5 * 1.0 > FLOOR * 1.0 * w[0, 0]
    assert _split_dims(A, claim, b, groups, w, w0)[0] == 1
    # dimension 2 is as wide but irrelevant (coefficient 0): never forced
    A2 = np.array([[[1.0, 0.0, 0.0]]])
    assert _split_dims(A2, claim, b, groups, w, w0)[0] == 0
    # a point dimension is never split
    assert _split_dims(A, claim, b, groups, np.array([[0.0, 0.0, 1.0]]), w0)[0] == 2

"""ReLU-splitting branch and bound (bounds/bab_relu.py): refutes what whole-box CROWN cannot,
its leaves cover the box and hold on sampled points, counterexamples are never refuted, and the
independent checker accepts its certificates and rejects tampered ones."""

from __future__ import annotations

import copy
import json
import time

import numpy as np
import pytest

from torchsmt.bounds.bab import single_box
from torchsmt.bounds.bab_attack import batched_run
from torchsmt.bounds.bab_cert import certify_boxes, slice_certificate
from torchsmt.bounds.bab_relu import ReluOptions, relu_split, split_slots
from torchsmt.formal.vnnlib import parse_vnnlib
from torchsmt.ir import GraphBuilder
from torchsmt.verify import bab_certificate_text

DIMS = (4, 16, 16, 2)


def mlp(seed: int):
    """4-16-16-2 ReLU MLP with f32 weights; returns the graph and the (W, b) layers."""
    rng = np.random.default_rng(seed)
    b = GraphBuilder(dtype="f32")
    h = b.input((DIMS[0],), name="x")
    layers = []
    for i in range(len(DIMS) - 1):
        W = (rng.normal(size=DIMS[i:i + 2]) / np.sqrt(DIMS[i])).astype(np.float32)
        c = (rng.normal(size=DIMS[i + 1]) * 0.1).astype(np.float32)
        layers.append((W.astype(np.float64), c.astype(np.float64)))
        h = b.add(b.matmul(h, b.const(W, f"W{i}")), b.const(c, f"b{i}"))
        if i < len(DIMS) - 2:
            h = b.relu(h)
    return b.build(h), layers


def forward(layers, x):
    """float64 forward pass: (pre-activations per hidden layer, output)."""
    pre, h = [], x
    for W, c in layers[:-1]:
        z = h @ W + c
        pre.append(z)
        h = np.maximum(z, 0.0)
    return pre, h @ layers[-1][0] + layers[-1][1]


def vnnlib(threshold: float) -> str:
    """Violated iff some x in [-1, 1]^4 gives Y_0 <= threshold."""
    decl = "".join(f"(declare-const X_{i} Real)" for i in range(4))
    decl += "(declare-const Y_0 Real)(declare-const Y_1 Real)"
    box = "".join(f"(assert (>= X_{i} -1))(assert (<= X_{i} 1))" for i in range(4))
    return decl + box + f"(assert (<= Y_0 {threshold!r}))"


def true_min(g) -> float:
    xs = np.random.default_rng(0).uniform(-1, 1, size=(100_000, 4)).astype(np.float32)
    return float(batched_run(g, [xs])[0][:, 0].min())


@pytest.fixture(scope="module", params=[1, 2])
def case(request):
    g, layers = mlp(request.param)
    t = round(true_min(g) - 0.1, 6)
    spec = parse_vnnlib(vnnlib(t))
    d = spec.disjuncts[0]
    lo, hi = d.box.outer(np.float64)
    polys = [(np.asarray(p.A, dtype=np.float64), np.asarray(p.b, dtype=np.float64))
             for p in d.outputs]
    assert single_box(g, lo, hi, polys, "crown").status != "refuted"  # needs the search
    out = relu_split(g, lo, hi, polys, time.monotonic() + 60, ReluOptions(batch=8))
    assert out.status == "refuted", out.reason
    return g, layers, spec, lo, hi, t, out


def _walk(tree, lo, hi):
    """(leaf node, chunk, box, exact box, relu cases on the path) for every leaf."""
    stack = [(0, lo, hi, frozenset())]
    seen = set()
    while stack:
        nid, l, h, cases = stack.pop()
        assert nid not in seen
        seen.add(nid)
        node = tree[nid]
        if "relu_split" in node:
            zn, zj = node["relu_split"]
            i, j = node["children"]
            stack += [(i, l, h, cases | {(zn, zj, -1)}), (j, l, h, cases | {(zn, zj, 1)})]
        elif "split" in node:
            d, at = node["split"], node["at"]
            i, j = node["children"]
            lh, rl = h.copy(), l.copy()
            lh[d], rl[d] = at, at
            stack += [(i, l, lh, cases), (j, rl, h, cases)]
        else:
            yield nid, node["leaf"][0], node["leaf"][1], l, h, cases
    assert seen == set(range(len(tree)))


def test_relu_split_leaves_cover_and_hold_on_samples(case):
    g, layers, _, lo, hi, t, out = case
    assert out.leaves >= 2 and any("relu_split" in n for n in out.tree)
    slots = split_slots(g, lo, hi)
    assert [s.size for s in slots] == list(DIMS[1:-1])
    layer_of = {s.node: k for k, s in enumerate(slots)}
    xs = np.random.default_rng(1).uniform(lo, hi, size=(20_000, 4))
    pre, y = forward(layers, xs)
    covered = np.zeros(len(xs), dtype=bool)
    for _, ci, k, l, h, cases in _walk(out.tree, lo.copy(), hi.copy()):
        chunk = out.chunks[ci]
        splits = [tuple(s[1:]) for s in chunk.doc.get("splits", []) if s[0] == k]
        assert set(splits) <= cases  # the leaf's claim assumes only its path's cases
        assert chunk.doc["version"] == (2 if splits else 1)
        box_lo = np.asarray(chunk.arrays["input_lower"][k])
        box_hi = np.asarray(chunk.arrays["input_upper"][k])
        assert np.all(box_lo <= l) and np.all(box_hi >= h)
        inside = np.all((xs >= l) & (xs <= h), axis=1)
        for zn, zj, sg in cases:
            z = pre[layer_of[zn]][:, zj]
            inside &= (z <= 0) if sg < 0 else (z >= 0)
        covered |= inside
        claim = chunk.lower[k]
        assert claim[0] > t  # refuted: Y_0 > t certified
        vals = y[inside] @ np.asarray(chunk.C).T
        assert np.all(vals >= claim - 1e-9)
    assert covered.all()


def test_counterexample_never_refuted():
    g, _ = mlp(1)
    t = true_min(g) + 0.05  # some sampled point violates
    polys = [(np.array([[1.0, 0.0]]), np.array([t]))]
    lo, hi = -np.ones(4), np.ones(4)

    def attack(pts):
        y = batched_run(g, [pts.astype(np.float32)])[0]
        hit = np.flatnonzero(y[:, 0] <= t)
        return pts[hit[0]] if len(hit) else None

    out = relu_split(g, lo, hi, polys, time.monotonic() + 10, ReluOptions(batch=8),
                     attack=attack)
    assert out.status in ("candidate", "timeout", "unknown")
    if out.status == "candidate":
        assert batched_run(g, [out.candidate[None]])[0][0, 0] <= t
    out = relu_split(g, lo, hi, polys, time.monotonic() + 3, ReluOptions(batch=8))
    assert out.status != "refuted"


def test_slice_keeps_and_renumbers_splits():
    g, _ = mlp(1)
    lo, hi = -np.ones((3, 4)), np.ones((3, 4))
    node = split_slots(g, lo[0], hi[0])[0].node
    bb = certify_boxes(g, lo, hi, np.array([[1.0, 0.0]]),
                       splits=[[0, node, 1, -1], [2, node, 3, 1], [2, node, 4, -1]])
    assert bb.cert.doc["version"] == 2
    s = slice_certificate(bb.cert, np.array([1, 2]))
    assert s.doc["version"] == 2 and s.doc["splits"] == [[1, node, 3, 1], [1, node, 4, -1]]
    s = slice_certificate(bb.cert, np.array([1]))
    assert s.doc["version"] == 1 and "splits" not in s.doc


def _text(g, out):
    return bab_certificate_text(g.sha256(), [(out.tree, out.chunks)])


def test_certificate_text_is_version_2(case):
    g, _, _, _, _, _, out = case
    assert json.loads(_text(g, out))["version"] == 2


def _checker():
    from torchsmt.formal import bab_check

    return bab_check.check_bab_certificate


def test_checker_accepts(case):
    check = _checker()
    g, _, spec, _, _, _, out = case
    rep = check(g, spec, _text(g, out))
    assert rep.ok, rep.failure
    assert rep.leaves == out.leaves


def _flip_split_sign(doc):
    for dj in doc["disjuncts"]:
        for ch in dj["chunks"]:
            if ch.get("splits"):
                ch["splits"][0][3] *= -1
                return True
    return False


def _swap_children(doc):
    for node in doc["disjuncts"][0]["tree"]:
        if "relu_split" in node:
            node["children"].reverse()
            return True
    return False


def _drop_child(doc):
    tree = doc["disjuncts"][0]["tree"]
    for node in tree:
        if "relu_split" in node:  # replace the split by its first child's subtree root
            keep = node["children"][0]
            node.clear()
            node.update(copy.deepcopy(tree[keep]))
            tree[keep] = {"leaf": [0, 0]}  # the copied node's old slot: a stray leaf
            return True
    return False


def _drop_relu_nodes(doc):
    doc["version"] = 1
    return True


@pytest.mark.parametrize("tamper", [_flip_split_sign, _swap_children, _drop_child,
                                    _drop_relu_nodes])
def test_checker_rejects_tampering(case, tamper):
    check = _checker()
    g, _, spec, _, _, _, out = case
    doc = json.loads(_text(g, out))
    assert tamper(doc)
    rep = check(g, spec, json.dumps(doc))
    assert not rep.ok


def test_resume_continues_a_timed_out_search():
    g, _ = mlp(2)
    t = round(true_min(g) - 0.1, 6)
    spec = parse_vnnlib(vnnlib(t))
    polys = [(np.asarray(p.A, dtype=np.float64), np.asarray(p.b, dtype=np.float64))
             for p in spec.disjuncts[0].outputs]
    lo, hi = -np.ones(4), np.ones(4)
    first = relu_split(g, lo, hi, polys, time.monotonic() - 1.0, ReluOptions(batch=8))
    assert first.status == "timeout" and first.leaves == 0
    out = relu_split(g, lo, hi, polys, time.monotonic() + 60, ReluOptions(batch=8),
                     resume=first)
    assert out is first and out.status == "refuted", out.reason
    check = _checker()
    rep = check(g, spec, _text(g, out))
    assert rep.ok, rep.failure

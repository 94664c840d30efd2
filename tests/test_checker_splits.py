"""Conditional ("ReLU split") certificates: honest ones are accepted under conditional=True only,
tampered ones rejected, infeasible boxes handled; relu_split nodes in branch-and-bound trees.

The split certificates come from a tiny producer written here (not torchsmt.bounds.bab_relu): the
certificate engine with each split neuron's bounds clipped at 0 as soon as they are computed.
Sampling (points of the box satisfying the splits) checks that this producer is honest.
"""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

import torchsmt.bounds.certificate as certmod
from torchsmt.formal.bab_check import check_bab_certificate
from torchsmt.formal.certificate_format import parse
from torchsmt.formal.checker import check_certificate
from torchsmt.formal.vnnlib import parse_vnnlib
from torchsmt.ir import GraphBuilder

SIZES = [(2, 8), (8, 8), (8, 2)]


def weights(seed=5):
    rng = np.random.default_rng(seed)
    return [(rng.normal(size=(m, n)), rng.normal(size=n) * 0.3) for m, n in SIZES]


def mlp(ws):
    b = GraphBuilder()
    h = b.input((2,), name="x")
    pre = []
    for i, (w, c) in enumerate(ws):
        h = b.add(b.matmul(h, b.const(w, f"W{i}")), b.const(c, f"b{i}"))
        if i < len(ws) - 1:
            pre.append(h)
            h = b.relu(h)
    return b.build(h), pre


def forward(ws, x):
    """Independent reference: (pre-activations per hidden layer, outputs) for points x (N, 2)."""
    pres, h = [], x
    for i, (w, c) in enumerate(ws):
        h = h @ w + c
        if i < len(ws) - 1:
            pres.append(h)
            h = np.maximum(h, 0)
    return pres, h


class _SplitEngine(certmod._CertEngine):
    """The certificate engine with split neurons clipped at 0 (box by box)."""

    splits: tuple = ()

    def _clip(self, nid, lo, hi):
        ent = [(b, j, s) for b, n, j, s in self.splits if n == nid]
        if not ent:
            return lo, hi
        shape = lo.shape
        lo, hi = lo.reshape(self.B, -1).copy(), hi.reshape(self.B, -1).copy()
        for b, j, s in ent:
            if s < 0:
                hi[b, j] = min(hi[b, j], 0.0)
            else:
                lo[b, j] = max(lo[b, j], 0.0)
        return lo.reshape(shape), hi.reshape(shape)

    def interval_of(self, nid):
        return self._clip(nid, *super().interval_of(nid))

    def set_rows(self, nid, rows, low):
        super().set_rows(nid, rows, low)
        self.bounds[nid] = self._clip(nid, *self.bounds[nid])


def split_cert(g, L, H, C, splits, method="crown"):
    """A version-2 certificate document (dict) whose box b assumes b's entries of ``splits``."""
    eng = type("E", (_SplitEngine,), {"splits": tuple(map(tuple, splits))})
    saved = certmod._CertEngine
    certmod._CertEngine = eng
    try:
        doc = json.loads(certmod.certify(g, L, H, C=C, method=method, iters=5).to_json())
    finally:
        certmod._CertEngine = saved
    doc["version"] = 2
    doc["splits"] = [list(s) for s in splits]
    return doc


C = np.array([[1.0, 0.0], [1.0, -1.0]])
LO, HI = -np.ones(2), np.ones(2)


@pytest.fixture(scope="module")
def net():
    ws = weights()
    g, pre = mlp(ws)
    base = json.loads(certmod.certify(g, LO, HI, C=C, method="crown").to_json())
    cd = parse(json.dumps(base))
    listed = {nb.id: nb for nb in cd.nodes}
    nid = int(pre[1])
    assert nid in listed, "the second pre-activation must be a listed node"
    nb = listed[nid]
    unstable = np.nonzero((nb.lower[0] < 0) & (nb.upper[0] > 0))[0]
    assert unstable.size
    rng = np.random.default_rng(0)
    xs = rng.uniform(-1, 1, size=(40000, 2))
    xs = np.concatenate([xs, np.array([[a, b] for a in (-1, 1) for b in (-1, 1)])])
    pres, ys = forward(ws, xs)
    # the neuron whose split helps the claim most (so the clip matters)
    best = None
    for j in unstable:
        sp = [[0, nid, int(j), -1], [1, nid, int(j), 1]]
        doc = split_cert(g, np.stack([LO, LO]), np.stack([HI, HI]), C, sp)
        gain = np.max(np.array(doc["claim"]["lower"]) - np.array(base["claim"]["lower"]))
        if best is None or gain > best[0]:
            best = (gain, int(j), doc)
    gain, j, doc = best
    assert gain > 1e-6, "no split improves the claim: the test would not exercise the clip"
    return dict(g=g, ws=ws, nid=nid, j=j, doc=doc, base=base, xs=xs, pres=pres, ys=ys,
                pre0=int(pre[0]), unstable=[int(v) for v in unstable])


def _check(g, doc, **kw):
    return check_certificate(g, json.dumps(doc), **kw)


def _region_min(net, sign):
    """min over sampled points with sign * z_j >= 0 of C f(x), per row."""
    z = net["pres"][1][:, net["j"]]
    keep = sign * z >= 0
    assert keep.sum() > 100
    return (net["ys"][keep] @ C.T).min(axis=0)


def test_producer_is_honest(net):
    claim = np.array(net["doc"]["claim"]["lower"])
    for b, sign in ((0, -1), (1, 1)):
        assert np.all(_region_min(net, sign) >= claim[b]), (b, _region_min(net, sign), claim[b])


def test_honest_split_certificate_accepted_only_conditionally(net):
    g, doc = net["g"], net["doc"]
    rep = _check(g, doc, conditional=True)
    assert rep.ok, rep.failure
    assert rep.infeasible == 0
    rep = _check(g, doc)
    assert not rep.ok and "conditional certificate (2 ReLU splits)" in rep.failure
    assert "branch-and-bound" in rep.failure
    rep = _check(g, doc, conditional=True, exact=True)
    assert rep.ok, rep.failure


def test_clip_is_needed(net):
    """Without its splits the clipped bounds are not implied: the checker really clips."""
    doc = json.loads(json.dumps(net["doc"]))
    del doc["splits"]
    doc["version"] = 1
    rep = _check(net["g"], doc)
    assert not rep.ok and "not implied" in rep.failure, rep.failure
    doc["version"] = 2  # version 2 without splits: an ordinary certificate
    assert not _check(net["g"], doc).ok
    base = dict(net["base"], version=2)
    assert _check(net["g"], base).ok


def test_version_2_without_splits_accepted(net):
    for extra in ({}, {"splits": []}):
        doc = dict(net["base"], version=2, **extra)
        rep = _check(net["g"], doc)
        assert rep.ok, rep.failure


@pytest.mark.parametrize("what,fn,reason", [
    ("sign flipped", lambda d, n: d["splits"][0].__setitem__(3, 1), "not implied"),
    ("signs swapped", lambda d, n: d.update(splits=[[0, n["nid"], n["j"], 1],
                                                    [1, n["nid"], n["j"], -1]]), "not implied"),
    ("split dropped", lambda d, n: d["splits"].pop(0), "not implied"),
    ("split on an unlisted node", lambda d, n: d["splits"][0].__setitem__(1, n["nid"] + 1),
     "not a listed node"),
    ("index out of range", lambda d, n: d["splits"][0].__setitem__(2, 8), "out of range"),
    ("negative index", lambda d, n: d["splits"][0].__setitem__(2, -1), "out of range"),
    ("box out of range", lambda d, n: d["splits"][0].__setitem__(0, 2), "out of range"),
    ("sign zero", lambda d, n: d["splits"][0].__setitem__(3, 0), "sign"),
    ("bool entry", lambda d, n: d["splits"][0].__setitem__(3, True), "integers"),
    ("float entry", lambda d, n: d["splits"][0].__setitem__(2, 1.0), "integers"),
    ("short entry", lambda d, n: d["splits"][0].pop(), "integers"),
    ("not a list", lambda d, n: d.update(splits={"0": 1}), "list"),
    ("version 1 with splits", lambda d, n: d.update(version=1), "version 1"),
    ("version 3", lambda d, n: d.update(version=3), "version"),
])
def test_tampered_split_certificates_rejected(net, what, fn, reason):
    doc = json.loads(json.dumps(net["doc"]))
    fn(doc, net)
    rep = _check(net["g"], doc, conditional=True)
    assert not rep.ok, what
    assert reason in rep.failure, (what, rep.failure)


@pytest.mark.parametrize("box,sign", [(0, -1), (1, 1)])
def test_claim_above_sampled_region_minimum_rejected(net, box, sign):
    m = _region_min(net, sign)
    for s in range(C.shape[0]):
        doc = json.loads(json.dumps(net["doc"]))
        doc["claim"]["lower"][box][s] = float(m[s]) + 1e-3
        rep = _check(net["g"], doc, conditional=True)
        assert not rep.ok and "claim row" in rep.failure, rep.failure
        rep = _check(net["g"], doc, conditional=True, exact=True)
        assert not rep.ok and "claim row" in rep.failure, rep.failure


def _positive_neuron(net, L, H):
    """A certificate on a small box and a neuron of the first layer positive all over it."""
    g = net["g"]
    doc = json.loads(certmod.certify(g, L, H, C=C, method="crown").to_json())
    cd = parse(json.dumps(doc))
    nb = next(nb for nb in cd.nodes if nb.id == net["pre0"])
    pos = np.nonzero(nb.lower[0] > 0.05)[0]
    assert pos.size
    return doc, int(pos[0])


@pytest.mark.parametrize("exact", [False, True])
def test_infeasible_box_accepted(net, exact):
    g = net["g"]
    L = np.stack([np.array([0.2, 0.3]), np.array([0.2, 0.3])])
    H = L + 0.05
    doc, j = _positive_neuron(net, L, H)
    doc["version"] = 2
    doc["splits"] = [[0, net["pre0"], j, -1]]  # box 0 assumes a positive neuron <= 0: empty
    doc["claim"]["lower"][0] = [1e6, 1e300]
    rep = _check(g, doc, conditional=True, exact=exact)
    assert rep.ok, rep.failure
    assert rep.infeasible == 1
    # the other box is still checked
    doc["claim"]["lower"][1][0] += 1.0
    rep = _check(g, doc, conditional=True, exact=exact)
    assert not rep.ok and "box 1" in rep.failure, rep.failure
    # the same split with sign +1 is no contradiction: box 0's absurd claim is rejected
    doc["claim"]["lower"][1][0] -= 1.0
    doc["splits"] = [[0, net["pre0"], j, 1]]
    rep = _check(g, doc, conditional=True, exact=exact)
    assert not rep.ok and "box 0" in rep.failure, rep.failure


def test_infeasible_box_with_garbage_bounds(net):
    """A dead box's later certified bounds and slopes may be anything finite: no crash, accepted."""
    g = net["g"]
    L = np.stack([np.array([0.2, 0.3])] * 2)
    doc, j = _positive_neuron(net, L, L + 0.05)
    cd = parse(json.dumps(doc))
    doc = json.loads(certmod.certify(g, L, L + 0.05, C=C, method="crown").to_json(sidecar=None))
    doc["version"] = 2
    doc["splits"] = [[0, net["pre0"], j, -1]]
    doc["claim"]["lower"][0] = [1e308, -1e308]
    nid = net["nid"]
    # box 0's bounds of the second pre-activation: lower > upper, huge
    for nd in doc["nodes"]:
        if nd["id"] == nid:
            nb = next(nb for nb in cd.nodes if nb.id == nid)
            lo, hi = nb.lower.copy(), nb.upper.copy()
            lo[0], hi[0] = 1e300, -1e300
            nd["lower"], nd["upper"] = lo.tolist(), hi.tolist()
    rep = _check(g, doc, conditional=True)
    assert rep.ok, rep.failure
    assert rep.infeasible == 1


def test_split_on_listed_stable_neuron_and_duplicates(net):
    """Repeated entries and a split that changes nothing are harmless."""
    doc = json.loads(json.dumps(net["doc"]))
    doc["splits"] = doc["splits"] + doc["splits"]
    assert _check(net["g"], doc, conditional=True).ok


def test_float32_semantics_refuses_splits(net):
    rep = _check(net["g"], net["doc"], conditional=True, semantics="float32")
    assert not rep.ok and "semantics='real'" in rep.failure


def _mutations(doc, rng):
    vals = [0, 1, -1, 2, 7, 8, 99, -5, 10**30, 1.5, True, None, "1", [], [1, 2], {"a": 1}]
    d = json.loads(json.dumps(doc))
    k = rng.randrange(6)
    if k == 0:
        e = rng.choice(d["splits"])
        e[rng.randrange(4)] = rng.choice(vals)
    elif k == 1:
        d["splits"].append([rng.choice(vals) for _ in range(rng.randrange(6))])
    elif k == 2:
        d["splits"] = rng.choice(vals)
    elif k == 3:
        d["version"] = rng.choice(vals)
    elif k == 4:
        d["claim"]["lower"][rng.randrange(2)][rng.randrange(2)] = rng.choice(
            [1e308, -1e308, 0.0, 1e3])
    else:
        d["splits"] = [[rng.randrange(3), rng.choice([d["splits"][0][1], 0, 1, 3, 99]),
                        rng.randrange(-1, 10), rng.choice([-1, 1, 0])]
                       for _ in range(rng.randrange(4))]
    return d


def test_mutation_fuzz_never_raises(net):
    rng = random.Random(7)
    n_ok = 0
    for _ in range(150):
        d = _mutations(net["doc"], rng)
        for cond in (False, True):
            rep = _check(net["g"], d, conditional=cond)
            assert isinstance(rep.ok, bool)
            if rep.ok and d.get("splits"):
                assert cond
            n_ok += rep.ok
    assert n_ok < 300


# -- branch-and-bound trees with relu_split nodes ----------------------------------------------

def _spec(t):
    return parse_vnnlib("(declare-const X_0 Real)(declare-const X_1 Real)"
                        "(declare-const Y_0 Real)(declare-const Y_1 Real)"
                        "(assert (>= X_0 -1))(assert (<= X_0 1))"
                        "(assert (>= X_1 -1))(assert (<= X_1 1))"
                        f"(assert (<= Y_0 {t!r}))")


@pytest.fixture(scope="module")
def bab(net):
    g, nid = net["g"], net["nid"]
    C0 = np.array([[1.0, 0.0]])
    plain = json.loads(certmod.certify(g, LO, HI, C=C0, method="crown").to_json())
    p0 = plain["claim"]["lower"][0]
    best = None  # the neuron whose split helps Y_0 in both branches most
    for j in net["unstable"]:
        sp = [[0, nid, j, -1], [1, nid, j, 1]]
        chunk = split_cert(g, np.stack([LO, LO]), np.stack([HI, HI]), C0, sp)
        worst = float(np.min(np.array(chunk["claim"]["lower"])[:, 0]))
        if best is None or worst > best[0]:
            best = (worst, j, chunk)
    worst, j, chunk = best
    assert worst > p0 + 1e-6, "no relu split helps Y_0"
    t = (worst + p0) / 2  # refuted by the split leaves, not by the box-wide claim
    assert t < net["ys"][:, 0].min()  # the property holds
    tree = [{"relu_split": [nid, j], "children": [1, 2]}, {"leaf": [0, 0]}, {"leaf": [0, 1]}]
    doc = {"format": "torchsmt.bab_certificate", "version": 2, "graph_sha256": g.sha256(),
           "disjuncts": [{"tree": tree, "chunks": [chunk, plain]}]}
    return dict(g=g, spec=_spec(t), doc=doc, t=t, plain_claim=plain["claim"]["lower"][0])


def _bab(b, fn=None):
    d = json.loads(json.dumps(b["doc"]))
    if fn is not None:
        fn(d)
    return check_bab_certificate(b["g"], b["spec"], json.dumps(d))


def _tree(d):
    return d["disjuncts"][0]["tree"]


def test_bab_relu_split_accepted(bab):
    rep = _bab(bab)
    assert rep.ok, rep.failure
    assert rep.leaves == 2 and rep.chunks == 1


def test_bab_plain_certificate_alone_does_not_refute(bab):
    """The spec needs the split: the box-wide claim is weaker than the threshold."""
    assert bab["plain_claim"] <= bab["t"]


def _mix(d):
    """relu split at the root; its >= 0 child splits the input box, leaves the conditional box."""
    _tree(d)[:] = [{"relu_split": _tree(d)[0]["relu_split"], "children": [1, 2]},
                   {"leaf": [0, 0]}, {"split": 0, "at": 0.0, "children": [3, 4]},
                   {"leaf": [0, 1]}, {"leaf": [0, 1]}]


def test_bab_mixed_tree_accepted(bab):
    rep = _bab(bab, _mix)
    assert rep.ok, rep.failure
    assert rep.leaves == 3


def test_bab_leaf_without_splits_under_relu_split_accepted(bab):
    """A subset of the path's cases (here none) is fine, but the claim must still refute."""
    b = dict(bab, spec=_spec(bab["plain_claim"] - 0.01))
    rep = _bab(b, lambda d: _tree(d)[2].update(leaf=[1, 0]))
    assert rep.ok, rep.failure


@pytest.mark.parametrize("what,fn,reason", [
    ("missing child", lambda d: _tree(d).pop(), "missing"),
    ("one child twice", lambda d: _tree(d)[0].update(children=[1, 1]), "twice"),
    ("wrong sign order", lambda d: _tree(d)[0].update(children=[2, 1]), "not a relu_split case"),
    ("leaf split not on path", lambda d: _tree(d).__setitem__(
        0, {"split": 0, "at": 0.0, "children": [1, 2]}), "not a relu_split case"),
    ("relu split on another neuron", lambda d: _tree(d)[0].update(
        relu_split=[_tree(d)[0]["relu_split"][0], (_tree(d)[0]["relu_split"][1] + 1) % 8]),
     "not a relu_split case"),
    ("version 1", lambda d: d.update(version=1), "version 2"),
    ("node out of range", lambda d: _tree(d)[0].update(relu_split=[999, 0]), "not a node"),
    ("index out of range", lambda d: _tree(d)[0].update(relu_split=[_tree(d)[0]["relu_split"][0],
                                                                    8]), "out of range"),
    ("malformed relu_split", lambda d: _tree(d)[0].update(relu_split=[1]), "node_id"),
    ("bool in relu_split", lambda d: _tree(d)[0].update(relu_split=[True, 0]), "node_id"),
    ("both split kinds", lambda d: _tree(d)[0].update(split=0, at=0.0), "both"),
    ("no children", lambda d: _tree(d)[0].pop("children"), "children"),
    ("chunk splits tampered", lambda d: d["disjuncts"][0]["chunks"][0]["splits"][0].__setitem__(
        3, 1), "rejected|not a relu_split case"),
    ("mixed tree, wrong box", lambda d: (_mix(d), _tree(d)[3].update(leaf=[0, 0])),
     "not a relu_split case"),
])
def test_bab_tampering_rejected(bab, what, fn, reason):
    import re

    rep = _bab(bab, fn)
    assert not rep.ok, what
    assert re.search(reason, rep.failure), (what, rep.failure)


def test_bab_fuzz_never_raises(bab):
    rng = random.Random(3)
    vals = [0, 1, 2, 3, -1, 8, 999, True, None, 1.5, "x", [], [0], [1, 2], [0, 0, 0], {}]
    for _ in range(200):
        d = json.loads(json.dumps(bab["doc"]))
        node = rng.choice(_tree(d))
        key = rng.choice(["relu_split", "children", "leaf", "split", "at", "empty"])
        node[key] = rng.choice(vals + [[rng.randrange(-1, 12), rng.randrange(-1, 12)]])
        if rng.random() < 0.2:
            d["version"] = rng.choice(vals)
        rep = check_bab_certificate(bab["g"], bab["spec"], json.dumps(d))
        assert isinstance(rep.ok, bool)

"""The certificate checker accepts honest certificates and rejects false ones (>= 1,000 mutations),
and never crashes on tampered files."""

from __future__ import annotations

import json

import numpy as np
import pytest
from cert_arrays import array_doc, read_array
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bounds_nets import build, outputs, samples

import torchsmt.bounds as tb
from torchsmt.formal.checker import check_certificate
from torchsmt.ir import GraphBuilder


def _spec(n_out=4):
    return np.eye(n_out)[1:] - np.eye(n_out)[0]  # margins y_j - y_0


@pytest.mark.parametrize("kind", ["mlp", "leaky_abs", "tanh_sigmoid", "cnn", "residual", "maxpool",
                                  "bn"])
@pytest.mark.parametrize("method", ["crown", "alpha"])
def test_honest_certificates_are_accepted(kind, method):
    g, lo, hi = build(kind)
    cert = tb.certify(g, lo, hi, C=_spec(), method=method, iters=5)
    rep = check_certificate(g, cert.to_json())
    assert rep.ok, rep.failure
    assert cert.lower.shape == (3,)
    # the claim is sound and (kink relaxations) close to CROWN's own bound
    pts = samples(lo, hi, 2000)
    ys = outputs(kind, pts, lo.shape).reshape(len(pts), -1) @ _spec().T
    assert np.all(ys >= cert.lower)
    if kind not in ("tanh_sigmoid", "maxpool"):  # those ops are intervals in certificates
        assert np.all(cert.lower >= tb.crown(g, lo, hi, C=_spec()).lower - 1e-6)


def test_batched_sidecar_and_exact(tmp_path):
    g, lo, hi = build("mlp")
    shift = np.random.default_rng(1).uniform(-0.2, 0.2, size=(2,) + lo.shape)
    cert = tb.certify(g, lo[None] + shift, hi[None] + shift, C=_spec(), iters=3)
    assert cert.lower.shape == (2, 3)
    text = cert.to_json(sidecar=tmp_path / "c.npz")
    assert check_certificate(g, text, base=tmp_path).ok
    assert not check_certificate(g, text).ok  # the sidecar is needed
    (tmp_path / "c.npz").write_bytes(b"PK\x03\x04garbage")
    rep = check_certificate(g, text, base=tmp_path)
    assert not rep.ok and "sidecar" in rep.failure
    small = tb.certify(g, lo, hi, C=_spec(), method="crown")
    rep = check_certificate(g, small.to_json(), exact=True)
    assert rep.ok, rep.failure


def test_pool_bn_softmax_checked_and_unsupported_ops_reported():
    g, lo, hi = build("pool_bn")  # batchnorm, maxpool, avgpool, softmax: checked since H13
    cert = tb.certify(g, lo, hi, C=_spec(), method="crown")
    rep = check_certificate(g, cert.to_json())
    assert rep.ok, rep.failure
    b = GraphBuilder()  # a product of two variables: no checker rule
    x = b.input((1, 3))
    h = b.op("linear", x, b.const(np.eye(3)), b.const(np.zeros(3)))
    g2 = b.build(b.op("linear", b.op("mul", h, h), b.const(np.ones((3, 4))), b.const(np.zeros(4))))
    cert = tb.certify(g2, -np.ones((1, 3)), np.ones((1, 3)), C=_spec(), method="crown")
    rep = check_certificate(g2, cert.to_json())
    assert not rep.ok and "unsupported" in rep.failure


# -- mutations -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def honest():
    g, lo, hi = build("mlp")
    cert = tb.certify(g, lo, hi, C=_spec(), iters=5)
    doc = json.loads(cert.to_json())
    assert check_certificate(g, json.dumps(doc)).ok
    return g, lo, hi, doc


def test_mutations_are_rejected(honest):
    g, lo, hi, doc = honest
    rng = np.random.default_rng(11)
    pts = samples(lo, hi, 400)
    ys = outputs("mlp", pts, lo.shape).reshape(len(pts), -1) @ _spec().T
    rejected = 0
    # 1. claims raised above a sampled output (false claims): 400
    for k in range(400):
        d = json.loads(json.dumps(doc))
        s = k % 3
        d["claim"]["lower"][s] = float(ys[k, s] + rng.uniform(1e-9, 1.0))
        rep = check_certificate(g, json.dumps(d))
        assert not rep.ok and "claim row" in rep.failure, rep.failure
        rejected += 1
    # 2. intermediate bounds that exclude a sampled activation: 300
    listed = [nd for nd in doc["nodes"] if nd["id"] != g.inputs[0]]
    for k in range(300):
        d = json.loads(json.dumps(doc))
        nd = d["nodes"][[x["id"] for x in d["nodes"]].index(listed[k % len(listed)]["id"])]
        _, env = g.run(pts[k].reshape(lo.shape), return_all=True)
        act = np.asarray(env[nd["id"]]).reshape(-1)
        j = int(rng.integers(act.size))
        side = "lower" if k % 2 else "upper"
        a = read_array(nd[side]).reshape(-1)
        a[j] = act[j] + (1 if side == "lower" else -1) * rng.uniform(1e-9, 0.5)
        nd[side] = array_doc(a.reshape(read_array(nd[side]).shape))
        rep = check_certificate(g, json.dumps(d))
        assert not rep.ok and "not implied" in rep.failure, rep.failure
        rejected += 1
    # 3. lower slopes outside [0, 1] at unstable neurons: 200
    bounds = {nd["id"]: (read_array(nd["lower"]), read_array(nd["upper"])) for nd in doc["nodes"]}
    relu_in = {n.id: n.args[0] for n in g.nodes if n.op == "relu"}
    sites = [(where, key) for where in (["final"] + [i for i, nd in enumerate(doc["nodes"])
                                                     if nd["slopes"]])
             for key in (doc["final"] if where == "final" else doc["nodes"][where])["slopes"]]
    assert sites
    for k in range(200):
        d = json.loads(json.dumps(doc))
        where, key = sites[k % len(sites)]
        holder = d["final"] if where == "final" else d["nodes"][where]
        sl = read_array(holder["slopes"][key])
        l, u = bounds[relu_in[int(key)]]
        unst = np.broadcast_to(((l < 0) & (u > 0))[:, None], sl.shape)
        idx = np.argwhere(unst)
        pos = tuple(idx[int(rng.integers(len(idx)))])
        sl[pos] = 1 + rng.uniform(1e-12, 2) if k % 2 else -rng.uniform(1e-12, 2)
        holder["slopes"][key] = array_doc(sl)
        rep = check_certificate(g, json.dumps(d))
        assert not rep.ok and "outside [0.0, 1.0]" in rep.failure, rep.failure
        rejected += 1
    # 4. a different graph (one weight changed): 100
    text = json.dumps(doc)
    for k in range(100):
        b = GraphBuilder()
        consts = dict(g.consts)
        cid = sorted(consts)[k % len(consts)]
        for n in g.nodes:
            if n.op == "input":
                b.input(n.shape, name=n.name)
            elif n.op == "const":
                v = np.array(consts[n.id])
                if n.id == cid:
                    v.reshape(-1)[k % v.size] += 1e-6 * (1 + k)
                b.const(v, name=n.name)
            else:
                b.op(n.op, *n.args, **n.p)
        rep = check_certificate(b.build(g.outputs[0]), text)
        assert not rep.ok and "hash" in rep.failure
        rejected += 1
    assert rejected >= 1000


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_tampered_files_never_crash(honest, data):
    g, lo, hi, doc = honest
    text = json.dumps(doc)
    how = data.draw(st.sampled_from(["bytes", "truncate", "json"]))
    if how == "bytes":
        pos = data.draw(st.integers(0, len(text) - 1))
        text = text[:pos] + data.draw(st.text(min_size=1, max_size=3)) + text[pos + 1:]
    elif how == "truncate":
        text = text[:data.draw(st.integers(0, len(text)))]
    else:
        d = json.loads(text)
        path = data.draw(st.sampled_from(
            ["claim", "claim.C", "claim.lower", "nodes", "final", "input", "version",
             "graph_sha256", "final.slopes", "input.lower", "batched", "output"]))
        junk = data.draw(st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=5),
                                   st.lists(st.floats(), max_size=4),
                                   st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)))
        obj = d
        keys = path.split(".")
        for k in keys[:-1]:
            obj = obj[k]
        obj[keys[-1]] = junk
        text = json.dumps(d)
    rep = check_certificate(g, text)
    assert isinstance(rep.ok, bool)
    if rep.ok:  # an accepted edit must still be a true claim
        c = json.loads(text)["claim"]
        pts = samples(lo, hi, 300)
        ys = outputs("mlp", pts, lo.shape).reshape(len(pts), -1) @ np.asarray(c["C"]).T
        assert np.all(ys >= np.asarray(c["lower"]))


@pytest.mark.parametrize("sparse_rows", [True, False])
def test_feature_map_passes_sparse_and_dense(sparse_rows, monkeypatch):
    import torchsmt.formal.checker as ck

    if not sparse_rows:
        monkeypatch.setattr(ck, "sparse_prefix", lambda *a, **k: None)
    g, lo, hi = build("residual")
    doc = json.loads(tb.certify(g, lo, hi, C=_spec(), iters=3).to_json())
    assert check_certificate(g, json.dumps(doc)).ok
    rng = np.random.default_rng(2)
    pts = samples(lo, hi, 50)
    feature = [i for i, nd in enumerate(doc["nodes"]) if len(g.node(nd["id"]).shape) >= 3
               and nd["rows"] != []]
    assert feature
    for k in range(20):
        d = json.loads(json.dumps(doc))
        nd = d["nodes"][feature[k % len(feature)]]
        _, env = g.run(pts[k].reshape(lo.shape), return_all=True)
        act = np.asarray(env[nd["id"]]).reshape(-1)
        a = read_array(nd["lower"])
        j = int(rng.integers(act.size))
        a.reshape(-1)[j] = act[j] + 1e-7
        nd["lower"] = array_doc(a)
        rep = check_certificate(g, json.dumps(d))
        assert not rep.ok and "not implied" in rep.failure


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["cnn", "residual", "maxpool"])
def test_exact_mode_on_conv_nets(kind):
    g, lo, hi = build(kind)
    cert = tb.certify(g, lo, hi, C=_spec(), iters=3)
    rep = check_certificate(g, cert.to_json(), exact=True)
    assert rep.ok, rep.failure


def test_nan_rederived_bound_is_a_failure(monkeypatch):
    """A re-derived bound that comes out NaN (inf - inf upstream) implies nothing: the certified
    bound it was compared with must be rejected, never waved through by a false comparison."""
    from torchsmt.formal import checker as ck

    g, lo, hi = build("mlp")
    cert = tb.certify(g, lo, hi, C=_spec(), method="crown").to_json()
    assert check_certificate(g, cert).ok
    orig = ck._Checker._backward

    def nan_pass(self, start, a0, slopes, what):
        low = orig(self, start, a0, slopes, what)
        return low * np.nan if start != self.g.outputs[0] else low

    monkeypatch.setattr(ck._Checker, "_backward", nan_pass)
    rep = check_certificate(g, cert)
    assert not rep.ok and "not implied" in rep.failure

    def nan_claim(self, start, a0, slopes, what):  # only the claim's pass comes out NaN
        low = orig(self, start, a0, slopes, what)
        return low * np.nan if what == "the claim" else low

    monkeypatch.setattr(ck._Checker, "_backward", nan_claim)
    rep = check_certificate(g, cert)
    assert not rep.ok and "claim row" in rep.failure

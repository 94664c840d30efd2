"""The checker on the ops H7 left out: avgpool2d (linear), batchnorm in exact mode, softmax and
layernorm (its own rigorous intervals), tanh/sigmoid/exp/maxpool2d relaxation lines (re-checked
by the checker). Honest certificates accepted, >= 1000 mutations rejected, lines sound against an
independent extended-precision reference."""

from __future__ import annotations

import json

import numpy as np
import pytest
from cert_arrays import array_doc, read_array

import torchsmt.bounds as tb
import torchsmt.bounds.certificate as bcert
from torchsmt.formal.checker import check_certificate
from torchsmt.formal.checker_relax import _max_violation, checked_lines, ivl_interval
from torchsmt.ir import GraphBuilder

LINES = frozenset({"relu", "leaky_relu", "abs", "tanh", "sigmoid", "exp", "maxpool2d"})
SPEC = np.eye(4)[1:] - np.eye(4)[0]


def net(kind: str, batch: int = 1, seed: int = 0):
    """(graph, lower, upper) of a small network exercising the newly covered ops."""
    rng = np.random.default_rng(seed)
    b = GraphBuilder()

    def lin(h, n_in, n_out, s=1.0):
        w = rng.normal(size=(n_in, n_out)) * np.sqrt(2.0 / n_in) * s
        return b.op("linear", h, b.const(w), b.const(rng.normal(size=(n_out,)) * 0.1))

    def conv(h, cin, cout, k=3, p=1):
        w = rng.normal(size=(cout, cin, k, k)) * np.sqrt(2.0 / (cin * k * k))
        return b.op("conv2d", h, b.const(w), b.const(rng.normal(size=(cout,)) * 0.1),
                    stride=(1, 1), padding=(p, p))

    def bn(h, c):
        return b.op("batchnorm", h, b.const(rng.uniform(0.5, 2, c)), b.const(rng.normal(size=c)),
                    b.const(rng.normal(size=c) * 0.1), b.const(rng.uniform(0.5, 2, c)))

    if kind == "smooth":  # tanh, sigmoid, exp
        x = b.input((batch, 5))
        h = b.op("tanh", lin(x, 5, 10))
        h = b.op("sigmoid", lin(h, 10, 10))
        h = b.op("exp", lin(h, 10, 8, 0.5))
        out = lin(h, 8, 4)
        shape, eps = (batch, 5), 0.3
    elif kind == "pool":  # conv, batchnorm, relu, maxpool, tanh, avgpool
        x = b.input((batch, 2, 6, 6))
        h = b.op("relu", bn(conv(x, 2, 3), 3))
        h = b.op("maxpool2d", h, kernel_size=(2, 2), stride=(2, 2))
        h = b.op("tanh", conv(h, 3, 3))
        h = b.op("avgpool2d", h, kernel_size=(2, 2), stride=(1, 1))
        out = lin(b.op("flatten", h), 3 * 4, 4)
        shape, eps = (batch, 2, 6, 6), 0.1
    elif kind == "norm":  # layernorm, softmax, batchnorm on (N, C)
        x = b.input((batch, 5))
        h = lin(x, 5, 8)
        h = b.op("layernorm", h, b.const(rng.uniform(0.5, 1.5, 8)), b.const(rng.normal(size=8)))
        h = b.op("relu", bn(h, 8))
        out = b.op("softmax", lin(h, 8, 4), axis=-1)
        shape, eps = (batch, 5), 0.2
    else:
        raise ValueError(kind)
    g = b.build(out)
    x0 = np.random.default_rng(seed + 1).uniform(-1, 1, size=(1,) + shape[1:])
    return g, x0 - eps, x0 + eps


def outputs(kind, pts, shape):
    gb, _, _ = net(kind, batch=len(pts))
    return np.asarray(gb.run(pts.reshape((len(pts),) + shape[1:]))).reshape(len(pts), -1)


def samples(lo, hi, n, seed=3):
    rng = np.random.default_rng(seed)
    return rng.uniform(lo.reshape(-1), hi.reshape(-1), size=(n, lo.size))


def certify(g, lo, hi, lines: bool, method="crown", monkeypatch=None):
    """A certificate; ``lines``: the producer relaxes tanh/sigmoid/exp/maxpool2d too (its
    CERT_RELAX widened for the call; see the report: the producer should list them itself)."""
    old = bcert.CERT_RELAX
    bcert.CERT_RELAX = LINES if lines else old
    try:
        return tb.certify(g, lo, hi, C=SPEC, method=method, iters=3)
    finally:
        bcert.CERT_RELAX = old


@pytest.mark.parametrize("kind", ["smooth", "pool", "norm"])
@pytest.mark.parametrize("lines", [False, True])
def test_honest_certificates_are_accepted(kind, lines):
    g, lo, hi = net(kind)
    cert = certify(g, lo, hi, lines)
    rep = check_certificate(g, cert.to_json())
    assert rep.ok, rep.failure
    ys = outputs(kind, samples(lo, hi, 500), lo.shape) @ SPEC.T
    assert np.all(ys >= cert.lower)
    relaxed = set(json.loads(cert.to_json())["relaxations"])
    if lines and kind != "norm":
        assert relaxed & {"tanh", "maxpool2d"}
        assert any(name.startswith(("tanh.", "maximum.")) for name in rep.lemmas)


def test_lines_tighten_the_checked_claim():
    g, lo, hi = net("smooth")
    plain, lined = certify(g, lo, hi, False), certify(g, lo, hi, True)
    assert check_certificate(g, lined.to_json()).ok
    assert np.all(lined.lower >= plain.lower - 1e-9) and np.any(lined.lower > plain.lower + 0.1)


def _exact_check(kind):
    g, lo, hi = net(kind)
    cert = certify(g, lo, hi, kind == "pool")
    rep = check_certificate(g, cert.to_json(), exact=True)
    assert rep.ok, rep.failure
    d = json.loads(cert.to_json())
    ys = outputs(kind, samples(lo, hi, 200), lo.shape) @ SPEC.T
    d["claim"]["lower"][0] = float(ys[:, 0].min()) + 1e-9  # above a sampled output
    rep = check_certificate(g, json.dumps(d), exact=True)
    assert not rep.ok and "claim row 0" in rep.failure


def test_exact_mode_batchnorm():
    """Exact mode no longer refuses batchnorm: its slope is enclosed by rationals (with layernorm,
    softmax: the checker's own outward-rounded intervals as rationals)."""
    _exact_check("norm")


@pytest.mark.slow
def test_exact_mode_conv_batchnorm_pools_and_lines():
    _exact_check("pool")  # ~10 s: conv feature maps in Fractions


# -- mutations -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def honest():
    out = {}
    for kind in ("smooth", "pool", "norm"):
        g, lo, hi = net(kind)
        doc = json.loads(certify(g, lo, hi, True).to_json())
        assert check_certificate(g, json.dumps(doc)).ok
        out[kind] = (g, lo, hi, doc)
    return out


@pytest.mark.parametrize("kind", ["smooth", "pool", "norm"])
def test_mutations_are_rejected(honest, kind):
    g, lo, hi, doc = honest[kind]
    rng = np.random.default_rng(7)
    pts = samples(lo, hi, 300)
    ys = outputs(kind, pts, lo.shape) @ SPEC.T
    rejected = 0
    text = json.dumps(doc)
    # 1. claims raised above a sampled output: 180
    for k in range(180):
        d = json.loads(text)
        s = k % 3
        d["claim"]["lower"][s] = float(ys[k, s] + rng.uniform(1e-9, 0.5))
        rep = check_certificate(g, json.dumps(d))
        assert not rep.ok and "claim row" in rep.failure, rep.failure
        rejected += 1
    # 2. certified bounds that exclude a sampled activation: 120
    listed = [i for i, nd in enumerate(doc["nodes"])]
    assert listed
    for k in range(120):
        d = json.loads(text)
        nd = d["nodes"][listed[k % len(listed)]]
        _, env = g.run(pts[k].reshape(lo.shape), return_all=True)
        act = np.asarray(env[nd["id"]]).reshape(-1)
        j = int(rng.integers(act.size))
        side = "lower" if k % 2 else "upper"
        a = read_array(nd[side])
        a.reshape(-1)[j] = act[j] + (1 if side == "lower" else -1) * rng.uniform(1e-9, 0.5)
        nd[side] = array_doc(a)
        rep = check_certificate(g, json.dumps(d))
        assert not rep.ok and "not implied" in rep.failure, rep.failure
        rejected += 1
    # 3. another graph (one weight moved by 1e-6): 40
    for k in range(40):
        b = GraphBuilder()
        cid = sorted(g.consts)[k % len(g.consts)]
        for n in g.nodes:
            if n.op == "input":
                b.input(n.shape, name=n.name)
            elif n.op == "const":
                v = np.array(g.consts[n.id])
                if n.id == cid:
                    v.reshape(-1)[k % v.size] += 1e-6
                b.const(v, name=n.name)
            else:
                b.op(n.op, *n.args, **n.p)
        rep = check_certificate(b.build(g.outputs[0]), text)
        assert not rep.ok and "hash" in rep.failure
        rejected += 1
    assert rejected == 340  # x 3 kinds = 1020


def test_false_lines_are_flagged():
    """The line check itself: the lines the checker uses hold against an extended-precision
    reference (np.longdouble), and lines moved inward by 1e-9 relative are flagged (2,400)."""
    rng = np.random.default_rng(0)
    ld = np.longdouble
    ref = {"tanh": np.tanh, "sigmoid": lambda x: 1 / (1 + np.exp(-x)), "exp": np.exp}
    for op in ("tanh", "sigmoid", "exp"):
        b = GraphBuilder()
        y = b.op(op, b.input((1, 400)))
        g = b.build(y)
        c = rng.normal(size=(1, 400)) * rng.choice([0.1, 1, 5, 30], size=(1, 400))
        w = np.abs(rng.normal(size=(1, 400))) * rng.choice([1e-12, 1e-3, 0.1, 1, 10], (1, 400))
        c = np.clip(c, -40, 40) if op == "exp" else c
        l, u = c - w, c + w
        (alo, blo, aup, bup), _ = checked_lines(g, g.node(y), l, u)
        xs = np.minimum(l[0][:, None] + (u - l)[0][:, None] * np.linspace(0, 1, 101), u[0][:, None])
        f = ref[op](xs.astype(ld))
        tol = 4 * np.finfo(ld).eps * np.abs(f)
        assert np.all(alo[0][:, None].astype(ld) * xs + blo[0][:, None] <= f + tol)
        assert np.all(aup[0][:, None].astype(ld) * xs + bup[0][:, None] >= f - tol)
        for shift in (1e-9, 1e-4):
            assert np.all(_max_violation(op, aup, bup - shift * (1 + abs(bup)), l, u, +1) > 0)
            assert np.all(_max_violation(op, alo, blo + shift * (1 + abs(blo)), l, u, -1) > 0)


@pytest.mark.parametrize("op", ["softmax", "layernorm"])
def test_interval_enclosures_contain_samples(op):
    rng = np.random.default_rng(1)
    b = GraphBuilder()
    x = b.input((3, 6))
    if op == "softmax":
        y = b.op("softmax", x, axis=-1)
    else:
        y = b.op("layernorm", x, b.const(rng.normal(size=6)), b.const(rng.normal(size=6)))
    g = b.build(y)
    c = rng.normal(size=(1, 3, 6)) * 3
    w = np.abs(rng.normal(size=(1, 3, 6)))
    consts = {k: np.asarray(v) for k, v in g.consts.items()}
    lo, hi = ivl_interval(g, g.node(y), consts, c - w, c + w)
    pts = rng.uniform(c - w, c + w, size=(3000,) + c.shape[1:])
    corners = np.where(rng.integers(0, 2, size=pts.shape).astype(bool), c + w, c - w)
    for p in (pts, corners):
        ys = np.stack([np.asarray(g.run(v)) for v in p[:1500]])
        assert np.all(ys >= lo - 1e-12) and np.all(ys <= hi + 1e-12)
    assert np.all(hi - lo < 100)  # not the trivial enclosure

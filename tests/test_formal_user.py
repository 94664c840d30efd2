"""User-level checks: a user's VJP rule, a user-defined op, whole-graph VJP (SMT and mod p)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

import torchsmt
from torchsmt.formal.user import check_graph_vjp, check_op, check_vjp_rule
from torchsmt.ir.graph import GraphBuilder
from torchsmt.ir.opdef import OpDef
from torchsmt.ir.ops.common import same_shape
from torchsmt.ir.registry import REGISTRY


def test_user_rule_proved_and_refuted():
    r = check_vjp_rule(lambda x: x * x * x, lambda x, g: 3 * x * x * g, shape=(3,))
    assert r.status == "proved"
    r = check_vjp_rule(lambda x: x * x * x, lambda x, g: 2 * x * x * g, shape=(3,))
    assert r.status == "refuted"
    x, v, w = (np.asarray(r.counterexample[k], dtype=float) for k in ("x0", "v0", "w"))
    assert not np.isclose(np.sum(w * 3 * x * x * v), np.sum(2 * x * x * w * v))


def test_user_rule_with_transcendentals():
    r = check_vjp_rule(lambda x: np.tanh(x) * x,
                       lambda x, g: g * ((1 - np.tanh(x) ** 2) * x + np.tanh(x)), shape=(2,))
    assert r.status == "proved"


def test_reachable_from_torchsmt():
    assert torchsmt.formal.check_vjp_rule is check_vjp_rule


def test_user_defined_op():
    cube = OpDef(name="cube", arity=1, shape=same_shape, impl=lambda xp, x: x * x * x,
                 vjp=lambda e, g, out, x: (e.op("mul", g, e.op("mul", e.const(3.0),
                                                                e.op("mul", x, x))),),
                 monotone="increasing")
    rs = check_op(cube)
    assert rs and all(r.status == "proved" for r in rs), [(r.name, r.status) for r in rs]
    bad = replace(cube, vjp=lambda e, g, out, x: (e.op("mul", g, e.op("mul", x, x)),))
    assert any(r.status == "refuted" for r in check_op(bad))


def _mlp(width, depth, registry=REGISTRY, seed=0):
    rng = np.random.default_rng(seed)
    b = GraphBuilder(registry)
    h = b.input((width,))
    for _ in range(depth):
        h = b.op("relu", b.op("matmul", b.const(rng.normal(size=(width, width)).round(1)), h))
    h = b.op("tanh", h)
    return b.build(h)


def test_graph_vjp_smt():
    r = check_graph_vjp(_mlp(4, 2))
    assert r.status == "proved" and r.method == "smt"


def test_graph_vjp_modp_is_probabilistic():
    r = check_graph_vjp(_mlp(32, 3))
    assert r.method == "modp" and r.status == "probabilistic" and not r.proved
    assert 0 < r.error_bound < 1e-20


def test_graph_vjp_modp_catches_wrong_rule():
    relu = REGISTRY["relu"]
    wrong = replace(relu, vjp=lambda e, g, out, x: (g,))  # ignores the mask
    reg = REGISTRY.extend()  # copy
    reg = type(REGISTRY)([wrong if o.name == "relu" else o for o in reg])
    r = check_graph_vjp(_mlp(32, 2, reg), method="modp")
    assert r.status == "probabilistic-fail"
    r = check_graph_vjp(_mlp(3, 1, reg), method="smt")
    assert r.status == "refuted"

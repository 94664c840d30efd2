"""The catalog: size, names, a representative subset proved, pitfalls refuted, mutants caught."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from torchsmt.formal.cases import cases, missing
from torchsmt.formal.catalog import catalog, select
from torchsmt.formal.catalog_ops import adjoint_query
from torchsmt.formal.obligation import Obligation
from torchsmt.formal.prover import Cache, prove
from torchsmt.ir.registry import REGISTRY

CAT = catalog()
BY = {o.name: o for o in CAT}

FAST = [
    "add.vjp_eq_jvp_transpose@2x3_3", "mul.vjp_eq_jvp_transpose@2x1_1x3",
    "matmul.vjp_eq_jvp_transpose@3x3_3x3", "matmul.vjp_eq_jvp_transpose@3_3",
    "relu.vjp_eq_jvp_transpose@2x3", "tanh.vjp_eq_jvp_transpose@3",
    "softmax.vjp_eq_jvp_transpose@3", "reduce_max.vjp_eq_jvp_transpose@3",
    "relu.jvp_eq_dual@3", "relu.interval_sound@3", "exp.interval_sound@3",
    "relu.vjp_zero_at_zero", "maximum.vjp_tie_to_first", "relu.crown_upper_ge_of_unstable",
    "relu.crown_lower_le_of_alpha_mem_Icc", "abs.chord_upper_ge", "relu.relax_sound",
    "sigmoid.ge_tangent_of_mem_Icc_neg1_0", "tanh.le_self_of_mem_Icc_0_half",
    "add.not_nan_f32_of_finite",
]


def test_catalog_size_and_names():
    kinds = {k: sum(o.kind == k for o in CAT) for k in ("lemma", "axiom", "known_false")}
    assert kinds["lemma"] >= 150 and kinds["known_false"] >= 3 and kinds["axiom"] >= 10
    assert len(BY) == len(CAT)
    for o in CAT:
        assert o.name.split(".")[0] == o.op or o.family in ("f32_round", "f32_composite",
                                                            "f32_axiom"), o.name


def test_every_differentiable_op_has_cases():
    assert missing(REGISTRY) == []
    for op in REGISTRY:
        if op.vjp is not None and op.name not in ("input", "const"):
            assert any(o.op == op.name and o.family == "vjp_eq_jvp_transpose" for o in CAT), \
                op.name


@pytest.mark.parametrize("name", FAST)
def test_representative_lemma_proved(name):
    r = prove(BY[name], timeout=60)
    assert r.status == "proved", (name, r.reason)


@pytest.mark.parametrize("ob", [o for o in CAT if o.kind == "known_false"], ids=lambda o: o.name)
def test_known_false_refuted_with_counterexample(ob):
    r = prove(ob)
    assert r.status == "refuted", r.reason
    assert r.counterexample


def test_select_by_prefix_and_op():
    assert len(select(["matmul.vjp_eq_jvp_transpose"])) == len(cases(REGISTRY["matmul"]))
    assert all(o.op == "relu" for o in select(["relu"]))


def _plus_one(vjp):
    def wrong(e, g, out, *args, **p):
        cots = vjp(e, g, out, *args, **p)
        # None (no gradient) counts as zeros: the mutant claims a gradient of 1 there.
        return tuple((e.sem.zeros_like(a) if c is None else e.sem.asarray(c)) + 1
                     for c, a in zip(cots, args, strict=True))
    return wrong


MUTANT_OPS = ["add", "mul", "div", "relu", "tanh", "sigmoid", "matmul", "softmax",
              "reduce_sum", "conv2d", "maxpool2d", "layernorm", "transpose", "pad"]


def _mutant_result(name):
    op = REGISTRY[name]
    bad = replace(op, vjp=_plus_one(op.vjp))
    shapes, params = cases(op)[0]
    ob = Obligation(f"{name}.mutant", "lemma", name, "QF_UFNRA",
                    lambda ctx: adjoint_query(ctx, bad, shapes, params, REGISTRY, axioms=True),
                    timeout=60)
    return prove(ob)


@pytest.mark.parametrize("name", MUTANT_OPS)
def test_wrong_vjp_is_refuted(name):
    r = _mutant_result(name)
    assert r.status == "refuted", r.reason
    assert r.counterexample and "w" in r.counterexample


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted({o.op for o in CAT if o.family == "vjp_eq_jvp_transpose"}))
def test_wrong_vjp_is_refuted_every_op(name):
    r = _mutant_result(name)
    assert r.status == "refuted", r.reason


def test_cache_hits(tmp_path):
    c = Cache(tmp_path / "cache.json")
    ob = BY["add.vjp_eq_jvp_transpose@3_3"]
    r1 = prove(ob, cache=c)
    c.save()
    r2 = prove(ob, cache=Cache(tmp_path / "cache.json"))
    assert r1.status == r2.status == "proved" and r2.cached and not r1.cached


def test_unknown_is_never_proved():
    r = prove(BY["softmax.vjp_eq_jvp_transpose@5"], timeout=0.001)
    assert r.status in ("unknown", "proved")
    if r.status == "unknown":
        assert not r.as_expected


@pytest.mark.slow
def test_every_lemma_as_expected():
    bad = [(o.name, r.status, r.reason) for o in CAT for r in [prove(o)] if not r.as_expected]
    assert bad == []


def test_counterexample_values_are_concrete():
    r = prove(BY["relu.vjp_one_at_zero"])
    assert r.counterexample["x0"] == [0.0]
    assert isinstance(r.counterexample["w"][0], float)
    assert np.isfinite(r.counterexample["w"][0])


def test_cross_check_with_a_second_solver():
    from torchsmt.formal.prover import solvers_available

    if not solvers_available():
        pytest.skip("no second solver (pip install 'torchsmt[solvers]')")
    r = prove(BY["relu.vjp_one_at_zero"], cross_check=True)
    assert r.status == "refuted" and r.cross_check.endswith(": sat")
    r = prove(BY["relu.vjp_zero_at_zero"], cross_check=True)
    assert r.status == "proved" and r.cross_check.endswith(": unsat")

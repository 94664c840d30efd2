"""Issue 7's float32 lemmas: proved by Bitwuzla (pure FP) or Z3 (reals with rounding terms);
unknown, never proved, without Bitwuzla; the axioms pass their numeric checks.

The SMT-LIB texts of the unproved one-rounding bounds (div, sqrt, FMA) stay available for a longer
Bitwuzla run: ``-m slow`` tries them with a 20-minute limit and reports, without failing, when
Bitwuzla gives up (they are axioms until then)."""

from __future__ import annotations

import pytest

from torchsmt.formal.catalog_f32 import float32_obligations
from torchsmt.formal.prover import prove, smtlib

OBS = {o.name: o for o in float32_obligations()}
FAST = ["add.round_eq_left_f32_of_far", "sub.round_eq_right_f32_of_far", "sub.sterbenz_exact_f32",
        "round.down_le_nearest_le_up_f32", "add.round_down_le_nearest_le_up_f32",
        "dot.round_err_le_gamma_f32_base", "sum.round_err_le_gamma_f32_of_tree",
        "sum.tree_sum_abs_le_f32", "mul.abs_le_of_rel_le", "gamma.step_le_f32",
        "gamma.monotone_f32", "add.round_rel_err_le_f32_of_finite",
        "sub.round_rel_err_le_f32_of_finite"]
SLOW = ["mul.round_rel_err_le_f32_of_finite", "add.round_rel_err_le_f32_of_near",
        "sub.round_rel_err_le_f32_of_near", "round.monotone_f32",
        "dot.fma_round_err_le_gamma_f32_step"]


def _needs(ob):
    if ob.solver == "bitwuzla":
        pytest.importorskip("bitwuzla")


def test_names_and_kinds():
    assert set(FAST + SLOW) <= set(OBS)
    axioms = {n for n, o in OBS.items() if o.kind == "axiom"}
    assert axioms == {"fma.round_rel_err_le_f32_of_finite", "f32.transcendental_ulps",
                      "div.round_rel_err_le_f32_of_finite", "sqrt.round_rel_err_le_f32_of_finite"}
    for o in OBS.values():
        assert o.kind in ("lemma", "axiom") and o.doc


@pytest.mark.parametrize("name", FAST)
def test_fast_lemmas_proved(name):
    _needs(OBS[name])
    assert prove(OBS[name]).status == "proved"


@pytest.mark.slow
@pytest.mark.parametrize("name", SLOW)
def test_slow_lemmas_proved(name):
    _needs(OBS[name])
    assert prove(OBS[name], timeout=900).status == "proved"


def test_axioms_checked_numerically():
    for n, o in OBS.items():
        if o.kind == "axiom":
            assert prove(o).status == "trusted", n


def test_without_bitwuzla_unknown_not_proved(monkeypatch):
    from torchsmt.formal import float32_solver

    monkeypatch.setattr(float32_solver, "available", lambda: (False, "bitwuzla is not installed"))
    r = prove(OBS["sub.sterbenz_exact_f32"])
    assert r.status == "unknown" and "not installed" in r.reason


def test_a_false_float_claim_is_refuted():
    """The same machinery refutes: the add error bound without the near/far split's hypothesis
    but with a too-small constant (2^-25) is false."""
    import dataclasses

    _needs(OBS["add.round_eq_left_f32_of_far"])
    ob = OBS["add.round_eq_left_f32_of_far"]
    bad = dataclasses.replace(ob, name="bad", smtlib_text=lambda: ob.smtlib_text().replace(
        f"(/ 1.0 {2 ** 25})", "(/ 1.0 4)"))
    assert prove(bad).status == "refuted"


def test_smtlib_emission_carries_status():
    text = smtlib(OBS["sub.sterbenz_exact_f32"])
    assert "(set-info :status unsat)" in text and "(check-sat)" in text


@pytest.mark.slow
@pytest.mark.parametrize("which", ["div", "sqrt", "fma_near"])
def test_unproved_texts_long_run(which):
    pytest.importorskip("bitwuzla")
    from torchsmt.formal import catalog_f32 as c
    from torchsmt.formal.float32_solver import run_bitwuzla

    text = {"div": c._div_query, "sqrt": c._sqrt_query, "fma_near": c._fma_near_query}[which]()
    status, secs, why = run_bitwuzla(text, 1200)
    assert status in ("unsat", "unknown"), (status, why)  # never a counterexample
    print(which, status, round(secs, 1), why)

"""`torchsmt rules list`, `prove-rule`, exit codes and JSON formats."""

from __future__ import annotations

import json

from torchsmt.cli import main


def test_rules_list_json(capsys):
    assert main(["rules", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 150
    assert {"name", "kind", "op"} <= set(rows[0])
    assert {r["kind"] for r in rows} == {"lemma", "axiom", "known_false"}


def test_prove_rule_json(capsys):
    assert main(["prove-rule", "relu.vjp_zero_at_zero", "relu.vjp_one_at_zero",
                 "exp.pos", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["relu.vjp_zero_at_zero"]["status"] == "proved"
    assert rows["relu.vjp_one_at_zero"]["status"] == "refuted"
    assert rows["relu.vjp_one_at_zero"]["counterexample"]["x0"] == [0.0]
    assert rows["exp.pos"]["status"] == "trusted"
    assert all(isinstance(r["seconds"], float) for r in rows.values())


def test_prove_rule_unknown_exit_2(capsys):
    assert main(["prove-rule", "softmax.vjp_eq_jvp_transpose@5", "--timeout", "0.001"]) in (0, 2)


def test_prove_rule_emit(tmp_path, capsys):
    assert main(["prove-rule", "add.vjp_eq_jvp_transpose@3_3", "--emit", str(tmp_path)]) == 0
    files = list(tmp_path.rglob("*.smt2"))
    assert len(files) == 1 and "(set-info :status unsat)" in files[0].read_text()


def test_unknown_lemma_is_an_error(capsys):
    assert main(["prove-rule", "no.such_lemma"]) == 2
    assert "no lemma named" in capsys.readouterr().err
